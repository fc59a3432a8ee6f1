package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Walk-in company buyers handed by store staff to an account manager: the manager's queue, turning
 * a buyer into an account or dismissing them with a reason, and who may do what.
 */
@SystemTest
class HandoversApiIT {
  private final URI base;
  private final Api admin;
  private final Api accounts;
  private final Api manager;
  private final Api consultant;
  private final Api tech;
  private final Api plazaManager;
  private final Api plazaConsultant;

  HandoversApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    accounts = Api.as(base, "accounts", "demo");
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
    tech = Api.as(base, "tech", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
  }

  @Test
  void aConsultantHandsACompanyBuyerToTheAccountManagerWhoOpensAnAccount() {
    long buyer = customer(consultant, "COMPANY");
    long accountManager = manager.userId("accounts");
    Api.Reply handed = handOver(consultant, buyer, accountManager);
    assertThat(handed.status()).as(handed.toString()).isEqualTo(201);
    JsonObject handover = handed.json();
    long id = handover.getJsonNumber("id").longValue();
    assertThat(handover.getString("status")).isEqualTo("OPEN");
    assertThat(handover.getString("handedOverBy")).isEqualTo("consultant");
    assertThat(handover.getString("note")).isEqualTo("Needs 12 notebooks for a new office");

    assertThat(queueIds(accounts, "")).as("in the account manager's queue").contains(id);
    assertThat(queueIds(manager, "?accountManagerId=" + accountManager))
        .as("the store manager sees the store's queues")
        .contains(id);

    // One open handover per buyer.
    Api.Reply again = handOver(manager, buyer, accountManager);
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.json().getString("code")).isEqualTo("accounts.handoverOpen");

    Api.Reply converted =
        accounts.post(
            "account-handovers/" + id + "/convert",
            "{\"status\":\"PROSPECT\",\"paymentTermDays\":30,\"industry\":\"Logistics\"}");
    assertThat(converted.status()).as(converted.toString()).isEqualTo(201);
    JsonObject account = converted.json();
    long accountId = account.getJsonNumber("id").longValue();
    assertThat(account.getString("source")).isEqualTo("WALK_IN");
    assertThat(account.getString("status")).isEqualTo("PROSPECT");
    assertThat(account.getJsonNumber("accountManagerId").longValue()).isEqualTo(accountManager);
    assertThat(account.getString("name")).isEqualTo(handover.getString("customerName"));
    assertThat(account.getJsonArray("contacts").getJsonObject(0).getString("phone"))
        .isEqualTo(handover.getString("customerPhone"));

    JsonObject closed = accounts.get("account-handovers/" + id).json();
    assertThat(closed.getString("status")).isEqualTo("CONVERTED");
    assertThat(closed.getJsonNumber("accountId").longValue()).isEqualTo(accountId);
    assertThat(queueIds(accounts, "")).as("out of the open queue").doesNotContain(id);
    assertThat(queueIds(accounts, "?status=CONVERTED")).contains(id);

    Api.Reply twice =
        accounts.post("account-handovers/" + id + "/dismiss", "{\"reason\":\"too late\"}");
    assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
    assertThat(twice.json().getString("code")).isEqualTo("accounts.handoverClosed");

    // Converted, the buyer can be handed over again later (e.g. a second branch of the company).
    assertThat(handOver(consultant, buyer, accountManager).status()).isEqualTo(201);
  }

  @Test
  void theAccountManagerDismissesAHandoverWithAReason() {
    long buyer = customer(manager, "COMPANY");
    long id = created(handOver(manager, buyer, manager.userId("accounts")));

    Api.Reply noReason = accounts.post("account-handovers/" + id + "/dismiss", "{}");
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(noReason.contentType()).startsWith("application/problem+json");

    Api.Reply dismissed =
        accounts.post(
            "account-handovers/" + id + "/dismiss", "{\"reason\":\"a private buyer after all\"}");
    assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
    assertThat(dismissed.json().getString("status")).isEqualTo("DISMISSED");
    assertThat(dismissed.json().getString("dismissReason")).isEqualTo("a private buyer after all");
    assertThat(queueIds(accounts, "")).doesNotContain(id);
    assertThat(queueIds(accounts, "?status=DISMISSED")).contains(id);
  }

  @Test
  void onlyCompanyBuyersGoToAnAccountManagerOfTheirOwnStore() {
    long person = customer(consultant, "PERSON");
    Api.Reply notCompany = handOver(consultant, person, manager.userId("accounts"));
    assertThat(notCompany.status()).as(notCompany.toString()).isEqualTo(422);
    assertThat(notCompany.json().getString("code")).isEqualTo("accounts.handoverNotCompany");

    long buyer = customer(consultant, "COMPANY");
    Api.Reply notAnAccountManager = handOver(consultant, buyer, manager.userId("consultant"));
    assertThat(notAnAccountManager.status()).as(notAnAccountManager.toString()).isEqualTo(422);
    assertThat(notAnAccountManager.json().getString("code")).isEqualTo("accounts.managerUnknown");

    Api.Reply missing = consultant.post("account-handovers", "{\"note\":\"x\"}");
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("customerId", "accountManagerId");
  }

  @Test
  void rolesAndStoresAreKeptApart() {
    long accountManager = manager.userId("accounts");
    long buyer = customer(consultant, "COMPANY");
    long id = created(handOver(consultant, buyer, accountManager));

    // Another store's customer and handover are not found.
    assertThat(handOver(plazaConsultant, buyer, accountManager).status()).isEqualTo(404);
    assertThat(plazaManager.get("account-handovers/" + id).status()).isEqualTo(404);
    assertThat(
            plazaManager
                .post("account-handovers/" + id + "/dismiss", "{\"reason\":\"not ours\"}")
                .status())
        .isEqualTo(404);
    assertThat(queueIds(plazaManager, "")).doesNotContain(id);

    // Consultants hand over but do not work the queue; technicians do neither.
    assertThat(consultant.get("account-handovers").status()).isEqualTo(403);
    assertThat(consultant.get("account-handovers/" + id).status()).isEqualTo(403);
    assertThat(
            consultant
                .post(
                    "account-handovers/" + id + "/convert",
                    "{\"status\":\"PROSPECT\",\"paymentTermDays\":0}")
                .status())
        .isEqualTo(403);
    assertThat(handOver(tech, customer(consultant, "COMPANY"), accountManager).status())
        .isEqualTo(403);
    assertThat(tech.get("account-handovers").status()).isEqualTo(403);

    // Another account manager of the same store does not see this manager's handover.
    String otherName = "it.am." + PlatformApiIT.suffix();
    long store = AccountsFixture.storeId(manager);
    Api.Reply made =
        admin.post(
            "users", PlatformApiIT.newUser(otherName, "long-enough-1", "ACCOUNT_MANAGER", store));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    Api other = Api.as(base, otherName, "long-enough-1");
    assertThat(other.get("account-handovers/" + id).status()).isEqualTo(404);
    assertThat(queueIds(other, "?accountManagerId=" + accountManager)).doesNotContain(id);
    assertThat(
            other
                .post("account-handovers/" + id + "/dismiss", "{\"reason\":\"mine now\"}")
                .status())
        .isEqualTo(404);

    // Head office sees every store's queue.
    assertThat(admin.get("account-handovers/" + id).status()).isEqualTo(200);
  }

  /**
   * The weekly SMB scan lists a company customer who bought this week and a person with repeated
   * multi-unit purchases of notebooks, each in an account manager's queue with the reason; not a
   * person who bought several once, nor a buyer already in a queue; and nothing twice.
   */
  @Test
  void theWeeklyScanListsBusinessBuyersOnceWithTheReason() {
    long notebook = product("NOTEBOOK", 30);
    long cable = product("ACCESSORY", 30);
    long company = customer(consultant, "COMPANY");
    long repeated = customer(consultant, "PERSON");
    long once = customer(consultant, "PERSON");
    long queued = customer(consultant, "COMPANY");
    sell(company, cable, 1);
    sell(repeated, notebook, 3);
    sell(repeated, notebook, 4);
    sell(once, notebook, 5);
    sell(queued, notebook, 1);
    long staffHandover = created(handOver(consultant, queued, manager.userId("accounts")));

    assertThat(consultant.post("admin/jobs/smb-scan/run", "").status()).isEqualTo(403);
    assertThat(manager.post("admin/jobs/smb-scan/run", "").status()).isEqualTo(403);
    Api.Reply run = admin.post("admin/jobs/smb-scan/run", "");
    assertThat(run.status()).as(run.toString()).isEqualTo(200);
    JsonObject report = run.json();
    assertThat(report.getString("week")).matches("\\d{4}-W\\d{2}");
    assertThat(report.getInt("alreadyListed")).isPositive(); // the buyer handed over by staff
    java.util.Map<Long, JsonObject> finds = new java.util.HashMap<>();
    for (JsonObject find : report.getJsonArray("finds").getValuesAs(JsonObject.class)) {
      finds.put(find.getJsonNumber("customerId").longValue(), find);
    }
    assertThat(finds).containsKeys(company, repeated).doesNotContainKeys(once, queued);
    JsonObject companyReason = finds.get(company).getJsonObject("reason");
    assertThat(companyReason.getBoolean("company")).isTrue();
    JsonObject repeatedReason = finds.get(repeated).getJsonObject("reason");
    assertThat(repeatedReason.getBoolean("company")).isFalse();
    assertThat(repeatedReason.getInt("multiUnitOrders")).isEqualTo(2);
    assertThat(repeatedReason.getInt("businessUnits")).isEqualTo(7);
    assertThat(repeatedReason.getInt("orders")).isEqualTo(2);

    // In the queue of the store's least busy account manager, saying why.
    long handover = finds.get(repeated).getJsonNumber("handoverId").longValue();
    long assigned = finds.get(repeated).getJsonNumber("accountManagerId").longValue();
    JsonObject listed = manager.get("account-handovers/" + handover).json();
    assertThat(listed.getJsonNumber("accountManagerId").longValue()).isEqualTo(assigned);
    assertThat(listed.getString("source")).isEqualTo("SMB_SCAN");
    assertThat(listed.getString("handedOverBy")).isEqualTo("smb-scan");
    assertThat(listed.getJsonObject("scanReason").getInt("multiUnitOrders")).isEqualTo(2);
    assertThat(listed.getJsonNumber("customerId").longValue()).isEqualTo(repeated);
    assertThat(queueIds(manager, "?accountManagerId=" + assigned)).contains(handover);
    assertThat(queueIds(accounts, "")).contains(staffHandover);

    // A second run lists none of them again.
    Api.Reply again = admin.post("admin/jobs/smb-scan/run", "");
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getJsonArray("finds").getValuesAs(JsonObject.class))
        .extracting(f -> f.getJsonNumber("customerId").longValue())
        .doesNotContain(company, repeated, once, queued);
    assertThat(again.json().getInt("alreadyListed"))
        .isGreaterThanOrEqualTo(report.getInt("alreadyListed") + 2);

    // Opened as an account, a scanned buyer's source says so.
    Api.Reply converted =
        manager.post(
            "account-handovers/" + handover + "/convert",
            "{\"status\":\"PROSPECT\",\"paymentTermDays\":30,\"industry\":\"Retail\"}");
    assertThat(converted.status()).as(converted.toString()).isEqualTo(201);
    assertThat(converted.json().getString("source")).isEqualTo("STORE_SALES_SCAN");
  }

  private long product(String category, int onHand) {
    Api.Reply created =
        manager.post(
            "products",
            SalesApiIT.product(
                SalesApiIT.sku(category.substring(0, 2)),
                AccountsFixture.unique("Scan " + category),
                category,
                "100",
                "50",
                "MAINSTREAM"));
    long id = created(created);
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":" + onHand + "}").status())
        .isEqualTo(200);
    return id;
  }

  private void sell(long customerId, long productId, int quantity) {
    Api.Reply sold =
        consultant.post(
            "orders",
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":%d}],"payment":"CASH"}"""
                .formatted(customerId, productId, quantity),
            "Idempotency-Key",
            java.util.UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
  }

  private static long customer(Api creator, String type) {
    String body =
        """
        {"name":"%s","phone":"%s","type":"%s","source":"WALK_IN","region":"CITY","city":"Shanghai"}"""
            .formatted(AccountsFixture.unique("Buyer"), CustomersApiIT.mobile(), type);
    Api.Reply created = creator.post("customers", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static Api.Reply handOver(Api staff, long customerId, long accountManagerId) {
    return staff.post(
        "account-handovers",
        """
        {"customerId":%d,"accountManagerId":%d,"note":"Needs 12 notebooks for a new office"}"""
            .formatted(customerId, accountManagerId));
  }

  private static long created(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }

  private static List<Long> queueIds(Api api, String query) {
    Api.Reply reply = api.get("account-handovers" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(h -> h.getJsonNumber("id").longValue())
        .toList();
  }
}
