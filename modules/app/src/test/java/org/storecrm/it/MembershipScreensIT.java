package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

  MembershipScreensIT(Browser browser, URI base) {
    this.browser = browser;
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
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
    browser.click("topbarForm:lang-zh");
    browser.awaitText("page-title", "顾客");
    browser.type("customersForm:customers:globalFilter", mark);
    browser.awaitText("customersForm:customers", member);
    browser.awaitText("customersForm:customers", plain);
    browser.select("customersForm:customers:tierFilter", "银卡会员");
    browser.awaitAbsentText("customersForm:customers", plain);
    assertThat(browser.text("customersForm:customers")).contains(member).contains("银卡会员");
    browser.select("customersForm:customers:tierFilter", "金卡会员");
    browser.awaitAbsentText("customersForm:customers", member);
    browser.select("customersForm:customers:tierFilter", "普通会员");
    browser.awaitText("customersForm:customers", plain);
    assertThat(browser.text("customersForm:customers")).doesNotContain(member);
    browser.select("customersForm:customers:tierFilter", "全部等级");
    browser.awaitText("customersForm:customers", member);
    browser.awaitText("customersForm:customers", plain);

    // The card: the tier, its benefits, the window's spend and what the next tier needs.
    browser.clickLink(member);
    browser.awaitText("customer-name", member);
    browser.awaitText("card-section-membership", "等级：银卡会员");
    assertThat(browser.text("card-section-membership"))
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
    browser.click("topbarForm:lang-zh");
    browser.awaitText("page-title", "会员等级");
    browser.waitFor("tiersForm:tierChart");
    assertThat(browser.text("tiersForm:tiers"))
        .contains("普通会员")
        .contains("银卡会员")
        .contains("金卡会员")
        .contains("钻石会员")
        .contains("本月升级");
    assertThat(browser.text("tier-summary")).contains("本月升降自");
    browser.click("tiersForm:export");
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
