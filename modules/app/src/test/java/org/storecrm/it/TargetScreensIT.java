package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.ReportScreen;
import org.storecrm.it.screens.TargetsScreen;

/**
 * The month's targets on screen: the manager sets a consultant's target (in Chinese), reads it
 * against the actuals on the chart page, and the consultant sees their own commission move after a
 * sale (in English); consultants are refused the manager's screens.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class TargetScreensIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String PASSWORD = "long-enough-1";
  private final Browser browser;
  private final Layout layout;
  private final ReportScreen reportScreen;
  private final TargetsScreen targetsScreen;
  private final URI base;
  private final Api manager;
  private final Api admin;
  private final long storeId;

  TargetScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.reportScreen = new ReportScreen(browser);
    this.targetsScreen = new TargetsScreen(browser);
    this.base = base;
    manager = Api.as(base, "manager", "demo");
    admin = Api.as(base, "admin", "demo");
    storeId = manager.get("me").json().getJsonNumber("storeId").longValue();
  }

  @Test
  void theManagerSetsATargetAndTheConsultantSeesTheirCommissionAfterASale() {
    String month = YearMonth.now(ZONE).toString();
    String fullName = "Target " + PlatformApiIT.suffix();
    String username = "t." + PlatformApiIT.suffix();
    Api.Reply created =
        admin.post(
            "users",
            """
            {"username":"%s","password":"%s","fullName":"%s","role":"CONSULTANT","storeId":%d,"language":"en"}"""
                .formatted(username, PASSWORD, fullName, storeId));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long sellerId = created.json().getJsonNumber("id").longValue();
    Api seller = Api.as(base, username, PASSWORD);
    int row = targetRow(sellerId);

    browser.login("manager", "demo");
    browser.open("sales/targets.xhtml");
    layout.title().awaitText("月度营业目标");
    assertThat(targetsScreen.name(row).text()).isEqualTo(fullName);
    targetsScreen.revenue(row).type("20000");
    targetsScreen.units(row).type("4");
    targetsScreen.save().click();
    browser.awaitPageText(month + " 的目标已保存");
    JsonObject target =
        manager
            .get("targets/" + month)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(t -> t.containsKey("consultantId"))
            .filter(t -> t.getJsonNumber("consultantId").longValue() == sellerId)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the target was not saved"));
    assertThat(Api.decimal(target, "revenue")).isEqualByComparingTo("20000");
    assertThat(target.getInt("units")).isEqualTo(4);

    // The chart page reads the target against the (still empty) actuals.
    browser.open("sales/target-actual.xhtml");
    layout.title().awaitText("营业目标计划与实际比较表");
    reportScreen.chart().waitFor();
    reportScreen.rows().awaitText(fullName);
    assertThat(reportScreen.rows().text()).contains("20000.00");
    browser.logout();

    long product = newProduct("2999.00");
    Api.Reply sold =
        seller.post(
            "orders",
            SalesApiIT.order(product, 1, null),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    JsonObject statement = seller.get("commission/me").json();
    assertThat(Api.decimal(statement, "netRevenue")).isEqualByComparingTo("2999.00");

    browser.login(username, PASSWORD);
    browser.open("sales/commission.xhtml");
    layout.title().awaitText("Commission");
    assertThat(reportScreen.mineSold().text()).isEqualTo("2999.00");
    assertThat(reportScreen.mineNet().text()).isEqualTo("2999.00");
    assertThat(reportScreen.mineTarget().text()).isEqualTo("20000.00");
    assertThat(new BigDecimal(reportScreen.mineCommission().text()))
        .isEqualByComparingTo(Api.decimal(statement, "commission"))
        .isPositive();
    assertThat(browser.pageText())
        .as("a consultant sees no one else's")
        .doesNotContain("The store's sellers");

    // The manager's screens are not the consultant's.
    browser.open("sales/targets.xhtml");
    layout.error403().waitFor();
    browser.open("sales/target-actual.xhtml");
    layout.error403().waitFor();
  }

  /** The row of the targets sheet: the store's first, then the active consultants by username. */
  private int targetRow(long consultantId) {
    List<Long> consultants =
        manager
            .get("users?role=CONSULTANT&active=true&size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(u -> u.getJsonNumber("id").longValue())
            .toList();
    assertThat(consultants).contains(consultantId);
    return consultants.indexOf(consultantId) + 1;
  }

  private long newProduct(String price) {
    return SalesFixture.notebook(manager, "TG", "Target notebook", price, 3);
  }
}
