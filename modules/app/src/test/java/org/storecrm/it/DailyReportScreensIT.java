package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.ReportScreen;

/** The daily sales-activity report on a 1440 px screen: nothing cut off, and a store total row. */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class DailyReportScreensIT {
  private final Browser browser;
  private final Layout layout;
  private final ReportScreen reportScreen;
  private final Api manager;
  private final Api consultant;

  DailyReportScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.reportScreen = new ReportScreen(browser);
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
  }

  @Test
  void theDailyReportFitsA1440PxScreenWithAStoreTotalInChinese() {
    // At least one sale today, so the total has something to add up.
    Api.Reply product =
        manager.post(
            "products",
            SalesApiIT.product(
                SalesApiIT.sku("DR"), "Daily report cable", "ACCESSORY", "30", "10", "MAINSTREAM"));
    assertThat(product.status()).as(product.toString()).isEqualTo(201);
    long productId = product.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + productId + "/stock", "{\"onHand\":5}").status())
        .isEqualTo(200);
    Api.Reply sale =
        consultant.post(
            "orders",
            SalesApiIT.order(productId, 1, null),
            "Idempotency-Key",
            java.util.UUID.randomUUID().toString());
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    browser.resize(1440, 900);
    try {
      browser.login("manager", "demo"); // the demo manager works in Chinese
      browser.open("sales/daily.xhtml");
      layout.title().awaitText("销售活动日报");
      reportScreen.rows().awaitText("门店合计");

      // No header is cut: each of the thirteen shows all of its text; the page does not scroll
      // sideways.
      assertThat(
              browser.script(
                  "return document.getElementById(arguments[0]).querySelectorAll('thead th').length;",
                  reportScreen.rows().id()))
          .isEqualTo(13L);
      assertThat(
              browser.script(
                  "return Array.from(document.getElementById(arguments[0]).querySelectorAll('thead th'))"
                      + ".filter(th => th.scrollWidth > th.clientWidth + 1)"
                      + ".map(th => th.textContent.trim());",
                  reportScreen.rows().id()))
          .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
          .isEmpty();
      assertThat(
              browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"))
          .isEqualTo(true);

      // The total is the sum of the consultants' rows, as the API reports them.
      long orders =
          manager
              .get("sales-reports/daily-activity?day=" + LocalDate.now(ZoneId.of("Asia/Shanghai")))
              .structure()
              .asJsonArray()
              .getValuesAs(JsonObject.class)
              .stream()
              .mapToLong(r -> r.getJsonNumber("orders").longValue())
              .sum();
      assertThat(orders).isPositive();
      assertThat(
              browser.script(
                  "return document.getElementById(arguments[0]).querySelector('tfoot td:nth-child(2)')"
                      + ".textContent.trim();",
                  reportScreen.rows().id()))
          .isEqualTo(String.valueOf(orders));
    } finally {
      browser.resize(1280, 900);
    }
  }
}
