package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.it.AccountsFixture.account;
import static org.storecrm.it.AccountsFixture.storeId;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Opportunities of business accounts: the sales module's model, opened for an account by its
 * account manager, moved through the funnel and counted in the account funnel.
 */
@SystemTest
class AccountOpportunitiesApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final URI base;
  private final Api admin;
  private final Api manager;
  private final Api consultant;
  private final Api plazaManager;

  AccountOpportunitiesApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
  }

  @Test
  void anAccountManagerOpensAndMovesTheAccountsOpportunitiesAndTheFunnelCountsThem() {
    String amName = newAccountManager();
    Api am = Api.as(base, amName, "s3cret-pass");
    long amId = admin.userId(amName);
    long client = account(am, "ACTIVE", 30, null);
    String name = am.get("accounts/" + client).json().getString("name");
    LocalDate close = LocalDate.now(ZONE).plusDays(30);

    Api.Reply opened =
        am.post(
            "opportunities",
            """
            {"accountId":%d,"category":"DESKTOP","budget":"60000","expectedClose":"%s"}"""
                .formatted(client, close));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    JsonObject opportunity = opened.json();
    long id = opportunity.getJsonNumber("id").longValue();
    assertThat(opportunity.getJsonNumber("accountId").longValue()).isEqualTo(client);
    assertThat(!opportunity.containsKey("customerId") || opportunity.isNull("customerId"))
        .as("an account's, not a customer's")
        .isTrue();
    assertThat(opportunity.getJsonNumber("consultantId").longValue()).isEqualTo(amId);
    assertThat(opportunity.getString("source")).isEqualTo("ACCOUNT");
    assertThat(opportunity.getString("stage")).isEqualTo("LEAD");

    Api.Reply moved =
        am.post(
            "opportunities/" + id + "/stage",
            "{\"stage\":\"CONTACTED\",\"version\":%d}"
                .formatted(opportunity.getJsonNumber("version").longValue()));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    Api.Reply quoted = am.post("opportunities/" + id + "/stage", "{\"stage\":\"QUOTED\"}");
    assertThat(quoted.status()).as(quoted.toString()).isEqualTo(200);

    List<JsonObject> ofAccount =
        am.get("opportunities?accountId=" + client)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(ofAccount).extracting(o -> o.getString("stage")).containsExactly("QUOTED");
    JsonObject row =
        manager
            .get("opportunities/pipeline?accountId=" + client)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(row.getString("customerName")).as("the account's name").isEqualTo(name);
    assertThat(row.getJsonNumber("accountId").longValue()).isEqualTo(client);

    JsonObject funnel =
        manager
            .get(
                "opportunities/funnel?month="
                    + YearMonth.now(ZONE)
                    + "&source=ACCOUNT&consultantId="
                    + amId)
            .json();
    assertThat(funnel.getJsonArray("stages").getValuesAs(JsonObject.class))
        .extracting(s -> s.getJsonNumber("reached").longValue())
        .containsExactly(1L, 1L, 1L, 1L, 0L, 0L);

    // Denials. An account manager works accounts only; a party is one customer or one account.
    long customer = CustomersApiIT.register(consultant, "商机客户", CustomersApiIT.mobile());
    Api.Reply ofCustomer =
        am.post(
            "opportunities", "{\"customerId\":%d,\"category\":\"DESKTOP\"}".formatted(customer));
    assertThat(ofCustomer.status()).as(ofCustomer.toString()).isEqualTo(422);
    assertThat(field(ofCustomer)).isEqualTo("customerId");
    Api.Reply both =
        manager.post(
            "opportunities",
            "{\"customerId\":%d,\"accountId\":%d,\"category\":\"DESKTOP\"}"
                .formatted(customer, client));
    assertThat(both.status()).as(both.toString()).isEqualTo(422);
    // Another account manager of the store does not move this one's opportunity.
    Api other = Api.as(base, newAccountManager(), "s3cret-pass");
    Api.Reply notTheirs = other.post("opportunities/" + id + "/stage", "{\"stage\":\"ORDERED\"}");
    assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(422);
    assertThat(other.get("opportunities/pipeline?accountId=" + client).json().getInt("total"))
        .as("account managers list their own")
        .isZero();
    // Another store's manager neither sees the account nor opens for it.
    assertThat(plazaManager.get("opportunities?accountId=" + client).status()).isEqualTo(404);
    assertThat(plazaManager.get("opportunities/" + id).status()).isEqualTo(404);
    Api.Reply foreign =
        plazaManager.post(
            "opportunities", "{\"accountId\":%d,\"category\":\"DESKTOP\"}".formatted(client));
    assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
    assertThat(field(foreign)).isEqualTo("accountId");
    assertThat(am.get("opportunities").status()).as("neither named").isEqualTo(422);
  }

  /** A fresh account manager of the flagship, so that lists and funnels hold this test's only. */
  private String newAccountManager() {
    String username = "am.o." + Long.toString(System.nanoTime(), 36);
    Api.Reply user =
        admin.post(
            "users",
            """
            {"username":"%s","password":"s3cret-pass","fullName":"Opp AM %s","role":"ACCOUNT_MANAGER","storeId":%d,"language":"en"}"""
                .formatted(username, username, storeId(manager)));
    assertThat(user.status()).as(user.toString()).isEqualTo(201);
    return username;
  }

  private static String field(Api.Reply reply) {
    return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}
