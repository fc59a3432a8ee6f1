package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.CustomerCardScreen;
import org.storecrm.it.screens.CustomerListScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.TiersScreen;
import org.storecrm.it.screens.TopBar;

/**
 * Membership tiers on the screens, in Chinese: the customer list's tier filter (applied in the
 * database), the card's membership section, and the tier report with its chart and Excel export.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class MembershipScreensIT {
  private final Browser browser;
  private final Api consultant;
  private final Api manager;
  private final Layout layout;
  private final TopBar topBar;
  private final CustomerListScreen customerListScreen;
  private final CustomerCardScreen customerCardScreen;
  private final TiersScreen tiersScreen;

  MembershipScreensIT(Browser browser, URI base) {
    this.browser = browser;
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
    this.layout = new Layout(browser);
    this.topBar = new TopBar(browser);
    this.customerListScreen = new CustomerListScreen(browser);
    this.customerCardScreen = new CustomerCardScreen(browser);
    this.tiersScreen = new TiersScreen(browser);
  }

  @Test
  void theCustomerListFiltersByTierInChinese() {
    String mark = PlatformApiIT.suffix();
    String member = "银会员" + mark;
    String plain = "普会员" + mark;
    long silver = CustomersApiIT.register(consultant, member, CustomersApiIT.mobile());
    CustomersApiIT.register(consultant, plain, CustomersApiIT.mobile());
    sell(silver, product("3000"));
    assertThat(consultant.get("customers/" + silver).json().getString("tier")).isEqualTo("SILVER");

    browser.login("consultant", "demo");
    browser.open("customers/list.xhtml");
    topBar.langZh().click();
    layout.title().awaitText("顾客");
    customerListScreen.customersGlobalFilter().type(mark);
    customerListScreen.customers().awaitText(member);
    customerListScreen.customers().awaitText(plain);
    customerListScreen.customersTierFilter().select("银卡会员");
    customerListScreen.customers().awaitAbsentText(plain);
    assertThat(customerListScreen.customers().text()).contains(member).contains("银卡会员");
    customerListScreen.customersTierFilter().select("金卡会员");
    customerListScreen.customers().awaitAbsentText(member);
    customerListScreen.customersTierFilter().select("普通会员");
    customerListScreen.customers().awaitText(plain);
    assertThat(customerListScreen.customers().text()).doesNotContain(member);
    customerListScreen.customersTierFilter().select("全部等级");
    customerListScreen.customers().awaitText(member);
    customerListScreen.customers().awaitText(plain);

    // The card: the tier, its benefits, the window's spend and what the next tier needs.
    browser.clickLink(member);
    customerCardScreen.customerName().awaitText(member);
    customerCardScreen.membershipSection().awaitText("等级：银卡会员");
    assertThat(customerCardScreen.membershipSection().text())
        .contains("权益：")
        .contains("共 1 次购买")
        .contains("会员关怀：每 90 天联系一次")
        .contains("下一等级：金卡会员");
  }

  @Test
  void theTierReportIsChartedAndExportsToExcelInChinese() {
    long silver = CustomersApiIT.register(consultant, "报表会员", CustomersApiIT.mobile());
    sell(silver, product("3000"));
    browser.login("manager", "demo");
    browser.open("customers/tiers.xhtml");
    topBar.langZh().click();
    layout.title().awaitText("会员等级");
    tiersScreen.tierChart().waitFor();
    assertThat(tiersScreen.tiers().text())
        .contains("普通会员")
        .contains("银卡会员")
        .contains("金卡会员")
        .contains("钻石会员")
        .contains("本月升级");
    assertThat(tiersScreen.tierSummary().text()).contains("本月升降自");
    tiersScreen.export().click();
    byte[] workbook = browser.awaitDownload(".xlsx");
    assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("an .xlsx is a zip archive")
        .isEqualTo("PK");
  }

  private long product(String price) {
    Api.Reply made =
        manager.post(
            "products",
            SalesApiIT.product(
                SalesApiIT.sku("MEM"), "Member bag", "ACCESSORY", price, "1000", "MAINSTREAM"));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    long id = made.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":5}").status()).isEqualTo(200);
    return id;
  }

  private void sell(long customer, long product) {
    Api.Reply sold =
        consultant.post(
            "orders",
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":1}],"payment":"CASH"}"""
                .formatted(customer, product),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
  }
}
