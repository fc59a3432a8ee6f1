package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Membership tiers (会员制) over the REST API in a store of the test's own, with the default tiers
 * (ORDINARY 0, SILVER 3,000 CNY and 1 purchase, GOLD 10,000 and 2, DIAMOND 30,000 and 4, over 12
 * months; SILVER members are contacted every 90 days): each sale and return re-tiers its customer,
 * exactly at the edges; the card, the list filter, the membership status and the tier report show
 * it; the sweep opens member-care contacts once. On PostgreSQL the test also moves a purchase out
 * of the window with SQL and the sweep moves that customer down.
 */
@SystemTest
class MembershipTiersApiIT {
  private final URI base;
  private final Api admin;
  private final Api plazaManager;
  private final Api plazaConsultant;

  MembershipTiersApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
  }

  @Test
  void salesAndReturnsTierCustomersAtTheEdgesAndTheReportCountsTheMoves() throws Exception {
    String code = "T" + PlatformApiIT.suffix().toUpperCase();
    Api.Reply created = admin.post("stores", PlatformApiIT.store(code));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long store = created.json().getJsonNumber("id").longValue();
    String suffix = PlatformApiIT.suffix();
    Api manager = staff("it.tier.manager." + suffix, "MANAGER", store);
    Api consultant = staff("it.tier.consultant." + suffix, "CONSULTANT", store);
    // Accessories: no post-sale callback, so the member-care contact is the only one to open.
    long small = product(manager, "Tier bag", "3000");
    long big = product(manager, "Tier lens", "7000");

    long ordinary = customer(consultant, "普通客");
    long silver = customer(consultant, "银卡客");
    long gold = customer(consultant, "金卡客");
    long lapsed = customer(consultant, "久远客");
    assertThat(consultant.get("customers/" + ordinary).json().getString("tier"))
        .as("a new card starts in the lowest tier")
        .isEqualTo("ORDINARY");

    sell(consultant, small, silver, null, null);
    assertThat(tier(consultant, silver))
        .as("3,000 and 1 purchase: silver's edge")
        .isEqualTo("SILVER");
    sell(consultant, small, gold, null, null);
    assertThat(tier(consultant, gold)).isEqualTo("SILVER");
    JsonObject bigSale = sell(consultant, big, gold, null, null);
    assertThat(tier(consultant, gold)).as("10,000 and 2 purchases: gold's edge").isEqualTo("GOLD");
    // Only head office dates a sale (history import).
    sell(admin, big, lapsed, Instant.now().minus(Duration.ofDays(400)), store);
    assertThat(tier(consultant, lapsed))
        .as("a sale from before the window counts for lifetime value, not for the tier")
        .isEqualTo("ORDINARY");

    JsonObject goldStatus = membership(consultant, gold);
    assertThat(goldStatus.getString("tier")).isEqualTo("GOLD");
    assertThat(Api.decimal(goldStatus, "windowSpend")).isEqualByComparingTo("10000.00");
    assertThat(goldStatus.getInt("windowPurchases")).isEqualTo(2);
    assertThat(goldStatus.getInt("contactDays")).isEqualTo(60);
    assertThat(goldStatus.getString("nextTier")).isEqualTo("DIAMOND");
    assertThat(Api.decimal(goldStatus, "spendToNext")).isEqualByComparingTo("20000.00");
    assertThat(goldStatus.getInt("purchasesToNext")).isEqualTo(2);
    JsonObject lapsedStatus = membership(consultant, lapsed);
    assertThat(Api.decimal(lapsedStatus, "windowSpend")).isEqualByComparingTo("0");
    assertThat(lapsedStatus.getInt("windowPurchases")).isZero();
    assertThat(lapsedStatus.getString("nextTier")).isEqualTo("SILVER");
    assertThat(Api.decimal(lapsedStatus, "spendToNext")).isEqualByComparingTo("3000.00");
    assertThat(lapsedStatus.getInt("purchasesToNext")).isEqualTo(1);

    // Returning the lens takes 7,000 off gold's window (the purchase still counts): down to silver.
    long orderId = bigSale.getJsonNumber("id").longValue();
    long lineId = bigSale.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    Api.Reply returned =
        consultant.post(
            "orders/" + orderId + "/returns",
            "{\"lines\":[{\"lineId\":%d,\"quantity\":1}]}".formatted(lineId),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
    goldStatus = membership(consultant, gold);
    assertThat(goldStatus.getString("tier")).isEqualTo("SILVER");
    assertThat(Api.decimal(goldStatus, "windowSpend")).isEqualByComparingTo("3000.00");
    assertThat(goldStatus.getInt("windowPurchases")).isEqualTo(2);
    assertThat(goldStatus.getString("nextTier")).isEqualTo("GOLD");
    assertThat(Api.decimal(goldStatus, "spendToNext")).isEqualByComparingTo("7000.00");
    assertThat(goldStatus.getInt("purchasesToNext")).isZero();

    // The list filter, in the database: each tier lists its members only.
    assertThat(listed(consultant, "SILVER")).containsExactlyInAnyOrder(silver, gold);
    assertThat(listed(consultant, "ORDINARY")).containsExactlyInAnyOrder(ordinary, lapsed);
    assertThat(listed(consultant, "GOLD")).isEmpty();
    assertThat(
            consultant
                .get("customers?tier=SILVER&size=50")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("tier"))
        .containsOnly("SILVER");

    // This month: silver and gold moved up into SILVER, gold up into GOLD and back down.
    Map<String, JsonObject> report = report(manager, "customer-reports/tiers");
    assertThat(report.keySet()).containsExactly("ORDINARY", "SILVER", "GOLD", "DIAMOND");
    assertRow(report.get("ORDINARY"), 2, "0", 0, 0);
    assertRow(report.get("SILVER"), 2, "6000.00", 2, 1);
    assertRow(report.get("GOLD"), 0, "0", 1, 0);
    assertRow(report.get("DIAMOND"), 0, "0", 0, 0);
    assertThat(report(admin, "customer-reports/tiers?storeId=" + store)).isEqualTo(report);

    // The sweep: silver members without an open contact get a member-care contact, once.
    for (long customer : List.of(silver, gold)) {
      for (JsonObject task : CustomersApiIT.openTasks(consultant, customer)) {
        Api.Reply done =
            consultant.post(
                "follow-ups/" + task.getJsonNumber("id") + "/complete", "{\"outcome\":\"ok\"}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
      }
    }
    boolean outOfWindow = moveOutOfTheWindow(silver);
    Api.Reply swept = admin.post("admin/jobs/tiers/run", "");
    assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
    assertThat(swept.json().getInt("memberCareTasks")).isGreaterThanOrEqualTo(outOfWindow ? 1 : 2);
    if (outOfWindow) {
      assertThat(swept.json().getInt("movedDown")).isGreaterThanOrEqualTo(1);
      assertThat(tier(consultant, silver))
          .as("its only purchase left the window: down to the lowest tier")
          .isEqualTo("ORDINARY");
      assertThat(CustomersApiIT.openTasks(consultant, silver)).isEmpty();
      report = report(manager, "customer-reports/tiers");
      assertRow(report.get("ORDINARY"), 3, "0", 0, 1);
      assertRow(report.get("SILVER"), 1, "3000.00", 2, 1);
    }
    for (long member : outOfWindow ? List.of(gold) : List.of(silver, gold)) {
      List<JsonObject> tasks = CustomersApiIT.openTasks(consultant, member);
      assertThat(tasks).extracting(t -> t.getString("reason")).containsExactly("MEMBER_CARE");
      JsonObject card = consultant.get("customers/" + member).json();
      Instant lastContact = Instant.parse(card.getString("lastContactAt"));
      assertThat(Instant.parse(card.getString("nextFollowUpDue")))
          .as("due the tier's 90 days after the last contact")
          .isEqualTo(lastContact.plus(Duration.ofDays(90)))
          .isEqualTo(Instant.parse(tasks.get(0).getString("dueAt")));
    }
    assertThat(CustomersApiIT.openTasks(consultant, ordinary))
        .as("the lowest tier has no contact intensity")
        .extracting(t -> t.getString("reason"))
        .doesNotContain("MEMBER_CARE");
    Api.Reply again = admin.post("admin/jobs/tiers/run", "");
    assertThat(again.status()).isEqualTo(200);
    assertThat(CustomersApiIT.openTasks(consultant, gold))
        .as("a second run opens nothing twice")
        .hasSize(1);

    // Denials: consultants do not read the report, another store finds nothing, only admins sweep.
    assertThat(consultant.get("customer-reports/tiers").status()).isEqualTo(403);
    assertThat(plazaManager.get("customer-reports/tiers?storeId=" + store).status()).isEqualTo(404);
    assertThat(plazaConsultant.get("customers/" + gold + "/membership").status()).isEqualTo(404);
    assertThat(listed(plazaConsultant, "SILVER")).doesNotContain(gold);
    assertThat(manager.post("admin/jobs/tiers/run", "").status()).isEqualTo(403);
    assertThat(consultant.post("admin/jobs/tiers/run", "").status()).isEqualTo(403);
  }

  private static void assertRow(
      JsonObject row, long members, String spend, long movedUp, long movedDown) {
    assertThat(row.getJsonNumber("members").longValue()).as(row.toString()).isEqualTo(members);
    assertThat(Api.decimal(row, "spend")).as(row.toString()).isEqualByComparingTo(spend);
    assertThat(row.getJsonNumber("movedUp").longValue()).as(row.toString()).isEqualTo(movedUp);
    assertThat(row.getJsonNumber("movedDown").longValue()).as(row.toString()).isEqualTo(movedDown);
  }

  private static Map<String, JsonObject> report(Api api, String path) {
    Api.Reply reply = api.get(path);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("tiers").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                r -> r.getString("tier"), r -> r, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static List<Long> listed(Api api, String tier) {
    Api.Reply reply = api.get("customers?tier=" + tier + "&size=50");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonNumber("id").longValue())
        .toList();
  }

  private static String tier(Api api, long customer) {
    return api.get("customers/" + customer).json().getString("tier");
  }

  private static JsonObject membership(Api api, long customer) {
    Api.Reply reply = api.get("customers/" + customer + "/membership");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  /** Moves the customer's purchases 13 months back; false where the database is out of reach. */
  private static boolean moveOutOfTheWindow(long customer) throws Exception {
    String url = System.getProperty(TestDatabase.URL);
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      return false;
    }
    try (Connection db =
            DriverManager.getConnection(
                url,
                System.getProperty(TestDatabase.USER),
                System.getProperty(TestDatabase.PASSWORD));
        PreparedStatement move =
            db.prepareStatement(
                "UPDATE cus_purchase SET sold_at = sold_at - INTERVAL '13 months'"
                    + " WHERE customer_id = ?")) {
      move.setLong(1, customer);
      assertThat(move.executeUpdate()).isEqualTo(1);
    }
    return true;
  }

  private Api staff(String username, String role, long store) {
    Api.Reply made =
        admin.post("users", PlatformApiIT.newUser(username, "long-enough-1", role, store));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return Api.as(base, username, "long-enough-1");
  }

  private static long product(Api manager, String name, String price) {
    Api.Reply product =
        manager.post(
            "products",
            SalesApiIT.product(
                SalesApiIT.sku("TIER"),
                name,
                "ACCESSORY",
                price,
                new BigDecimal(price).divide(BigDecimal.valueOf(2)).toPlainString(),
                "MAINSTREAM"));
    assertThat(product.status()).as(product.toString()).isEqualTo(201);
    long id = product.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":20}").status()).isEqualTo(200);
    return id;
  }

  private static long customer(Api consultant, String name) {
    return CustomersApiIT.register(consultant, name, CustomersApiIT.mobile());
  }

  private static JsonObject sell(
      Api consultant, long product, long customer, Instant soldAt, Long store) {
    Api.Reply sold =
        consultant.post(
            "orders",
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":1}],"payment":"CASH"%s}"""
                .formatted(
                    customer,
                    product,
                    soldAt == null
                        ? ""
                        : ",\"soldAt\":\""
                            + soldAt.truncatedTo(ChronoUnit.SECONDS)
                            + "\",\"storeId\":"
                            + store),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    return sold.json();
  }
}
