package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention (老顾客巩固率) and the repeat purchase rate (复购率) in a store of the test's own. Last year's
 * orders cannot be placed over the API: on PostgreSQL the test moves two of its orders back a year
 * with SQL and checks exact figures; the embedded H2 file is the server's alone, so there the test
 * checks the current month's buyers and the denials.
 */
@SystemTest
class RetentionApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final URI base;
  private final Api admin;
  private final Api plazaManager;

  RetentionApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
  }

  @Test
  void lastYearsBuyersWhoComeBackAndTheMonthsReturningBuyersAreCounted() throws Exception {
    String code = "R" + PlatformApiIT.suffix().toUpperCase();
    Api.Reply created = admin.post("stores", PlatformApiIT.store(code));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long store = created.json().getJsonNumber("id").longValue();
    String suffix = PlatformApiIT.suffix();
    Api manager = staff("it.ret.manager." + suffix, "MANAGER", store);
    Api consultant = staff("it.ret.consultant." + suffix, "CONSULTANT", store);
    Api.Reply product =
        manager.post(
            "products",
            SalesApiIT.product(
                SalesApiIT.sku("RET"), "Retention cable", "ACCESSORY", "30", "10", "MAINSTREAM"));
    assertThat(product.status()).as(product.toString()).isEqualTo(201);
    long cable = product.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + cable + "/stock", "{\"onHand\":20}").status())
        .isEqualTo(200);
    long comesBack = customer(consultant, "回头客");
    long staysAway = customer(consultant, "流失客");
    long newcomer = customer(consultant, "新客");

    long comesBackLastYear = sell(consultant, cable, comesBack);
    long staysAwayLastYear = sell(consultant, cable, staysAway);
    sell(consultant, cable, newcomer);
    boolean backDated = moveToLastYear(comesBackLastYear, staysAwayLastYear);
    sell(consultant, cable, comesBack);

    int year = YearMonth.now(ZONE).getYear();
    Api.Reply report = manager.get("sales-reports/retention?year=" + year);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    List<JsonObject> months = report.structure().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(months).hasSize(YearMonth.now(ZONE).getMonthValue());
    JsonObject thisMonth = months.get(months.size() - 1);
    assertThat(thisMonth.getString("month")).isEqualTo(YearMonth.now(ZONE).toString());
    if (backDated) {
      assertThat(thisMonth.getJsonNumber("lastYearBuyers").longValue()).isEqualTo(2);
      assertThat(thisMonth.getJsonNumber("retained").longValue()).isEqualTo(1);
      assertThat(Api.decimal(thisMonth, "retentionRate")).isEqualByComparingTo("50");
      assertThat(thisMonth.getJsonNumber("buyers").longValue())
          .as("the newcomer and the one who came back")
          .isEqualTo(2);
      assertThat(thisMonth.getJsonNumber("returningBuyers").longValue()).isEqualTo(1);
      assertThat(Api.decimal(thisMonth, "repeatRate")).isEqualByComparingTo("50");
    } else {
      assertThat(thisMonth.getJsonNumber("buyers").longValue()).isEqualTo(3);
      assertThat(thisMonth.getJsonNumber("returningBuyers").longValue()).isZero();
    }

    // Consultants do not read it; another store's manager does not find this store.
    assertThat(consultant.get("sales-reports/retention?year=" + year).status()).isEqualTo(403);
    assertThat(
            plazaManager.get("sales-reports/retention?year=" + year + "&storeId=" + store).status())
        .isEqualTo(404);
    assertThat(manager.get("sales-reports/retention").status()).isEqualTo(400);
  }

  /**
   * Moves the orders to the same day of last year less one (still within the 365 days a returning
   * buyer is counted from); false where the test cannot reach the server's database.
   */
  private static boolean moveToLastYear(long... orders) throws Exception {
    String url = System.getProperty(TestDatabase.URL);
    java.time.LocalDate today = java.time.LocalDate.now(ZONE);
    if (url == null
        || !url.startsWith("jdbc:postgresql:")
        || today.minusDays(364).getYear() == today.getYear()) { // 31 December: not last year
      return false;
    }
    try (Connection db =
            DriverManager.getConnection(
                url,
                System.getProperty(TestDatabase.USER),
                System.getProperty(TestDatabase.PASSWORD));
        PreparedStatement move =
            db.prepareStatement(
                "UPDATE sal_order SET sold_at = sold_at - INTERVAL '364 days' WHERE id = ?")) {
      for (long order : orders) {
        move.setLong(1, order);
        assertThat(move.executeUpdate()).isEqualTo(1);
      }
    }
    return true;
  }

  private Api staff(String username, String role, long store) {
    Api.Reply made =
        admin.post("users", PlatformApiIT.newUser(username, "long-enough-1", role, store));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return Api.as(base, username, "long-enough-1");
  }

  private static long customer(Api consultant, String name) {
    return CustomersApiIT.register(consultant, name, CustomersApiIT.mobile());
  }

  private static long sell(Api consultant, long product, long customer) {
    Api.Reply sold =
        consultant.post(
            "orders",
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":1}],"payment":"CASH"}"""
                .formatted(customer, product),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    return sold.json().getJsonNumber("id").longValue();
  }
}
