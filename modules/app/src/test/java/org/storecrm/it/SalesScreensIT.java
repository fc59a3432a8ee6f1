package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The counter in Chinese: a walk-in buys a notebook, the receipt prints; the manager's mix chart.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class SalesScreensIT {
  private final Browser browser;
  private final Api manager;
  private final Api consultant;

  SalesScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.manager = Api.as(base, "manager", "demo");
    this.consultant = Api.as(base, "consultant", "demo");
  }

  @Test
  void sellANotebookToAWalkInCustomerInChinese() {
    String sku = SalesApiIT.sku("NB");
    Api.Reply created =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"Test Notebook 14","nameZh":"测试笔记本 14","brand":"Lenovo","category":"NOTEBOOK","price":5499.00,"cost":4650,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(sku));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":1}").status()).isEqualTo(200);

    browser.login("consultant", "demo"); // the demo consultant works in Chinese
    browser.open("sales/checkout.xhtml");
    browser.awaitText("page-title", "收银开单");
    browser.awaitText("counterForm:customerResult", "散客");
    browser.type("counterForm:productQuery", sku);
    browser.click("counterForm:addProduct");
    browser.awaitText("counterForm:lines", "测试笔记本 14");
    browser.awaitText("counterForm:total", "5,499.00");
    // The notebook's attach checklist (bundles' demo data), in Chinese.
    browser.awaitText("counterForm:checklist", "电脑包");
    browser.click("counterForm:submit");
    // Nothing of the checklist answered: confirmed as not offered.
    browser.awaitText("unansweredForm:unansweredDialog", "电脑包");
    browser.click("unansweredForm:confirmNotOffered");

    browser.awaitText("page-title", "销售小票");
    assertThat(browser.text("receipt-customer")).isEqualTo("散客");
    assertThat(browser.text("receipt-lines")).contains("测试笔记本 14", sku);
    assertThat(browser.text("receipt-total")).isEqualTo("5,499.00");
    assertThat(browser.text("receipt-payment")).isEqualTo("现金");
    long orderId = Long.parseLong(browser.text("receipt-order"));

    Api.Reply order = consultant.get("orders/" + orderId);
    assertThat(order.status()).isEqualTo(200);
    assertThat(order.json().getJsonArray("lines").getJsonObject(0).getString("sku")).isEqualTo(sku);
    assertThat(consultant.get("products/" + id).json().getInt("onHand")).isZero();

    // The last unit is gone: the counter says so in Chinese, and no order is made.
    browser.open("sales/checkout.xhtml");
    browser.type("counterForm:productQuery", sku);
    browser.click("counterForm:addProduct");
    browser.awaitText("counterForm:lines", "测试笔记本 14");
    browser.click("counterForm:submit");
    browser.click("unansweredForm:confirmNotOffered");
    browser.awaitPageText("缺货：" + sku);
  }

  @Test
  void theManagerSeesThePricingRoleMixAgainstTheTarget() {
    browser.login("manager", "demo");
    browser.open("sales/pricing-mix.xhtml");
    browser.awaitText("page-title", "价格角色结构");
    assertThat(browser.text("mix")).contains("引流型", "主流型", "利润型", "15", "60", "25");
    browser.waitFor("mixChart");
  }
}
