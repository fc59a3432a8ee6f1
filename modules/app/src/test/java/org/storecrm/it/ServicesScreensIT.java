package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service screens in Chinese: the manager keeps the plan catalogue (a plan without eligible
 * categories is refused at that field), a consultant only reads it; the lookup by serial says what
 * covers a device today.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class ServicesScreensIT {
  private final Browser browser;
  private final Api manager;
  private final Api consultant;

  ServicesScreensIT(Browser browser, URI base) {
    this.browser = browser;
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
  }

  @Test
  void theCounterAsksForTheSerialOnceAPlanIsInTheBasketInChinese() {
    String sku = "SP-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    Api.Reply created =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"Counter plan phone","nameZh":"柜台保障手机","category":"PHONE","price":3999.00,"cost":3200,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(sku));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long phone = created.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + phone + "/stock", "{\"onHand\":2}").status())
        .isEqualTo(200);
    String serial = "CNT" + Long.toString(System.nanoTime(), 36).toUpperCase();

    browser.login("consultant", "demo"); // the demo consultant works in Chinese
    browser.open("sales/checkout.xhtml");
    browser.awaitText("page-title", "收银开单");
    browser.type("counterForm:productQuery", sku);
    browser.click("counterForm:addProduct");
    browser.awaitText("counterForm:lines", "柜台保障手机");
    assertThat(browser.present("counterForm:lines:0:serial")).as("no plan yet").isFalse();

    browser.type("counterForm:productQuery", "SV-PH-SCREEN");
    browser.click("counterForm:addProduct");
    browser.awaitText("counterForm:lines", "SV-PH-SCREEN");
    browser.awaitText("counterForm:lines", "序列号");
    browser.type("counterForm:lines:0:serial", serial);
    browser.click("counterForm:submit");
    browser.click("unansweredForm:confirmNotOffered"); // the rest of the checklist not offered
    // The plan names no device: refused at the plan's serial field, and nothing is sold.
    browser.awaitText("counterForm:lines:1:serial_message", "请输入该计划所保障设备的序列号");
    assertThat(browser.text("page-title")).isEqualTo("收银开单");
    assertThat(manager.get("products/" + phone).json().getInt("onHand")).isEqualTo(2);
    assertThat(browser.attribute("counterForm:lines:0:serial", "value")).isEqualTo(serial);

    browser.type("counterForm:lines:1:serial", serial);
    browser.click("counterForm:submit");
    // "Not offered" is no answer the radio buttons post: the counter asks once more.
    browser.click("unansweredForm:confirmNotOffered");
    browser.click("counterForm:receiptLink");
    browser.awaitText("page-title", "销售小票");
    Api.Reply covered = consultant.get("service-contracts?serial=" + serial);
    assertThat(covered.status()).as(covered.toString()).isEqualTo(200);
    List<JsonObject> contracts = covered.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(contracts).hasSize(1);
    assertThat(contracts.get(0).getString("serial")).isEqualTo(serial);
  }

  @Test
  void theManagerKeepsThePlanCatalogueInChinese() {
    String code = "S" + Long.toString(System.nanoTime(), 36).toUpperCase();
    browser.login("manager", "demo"); // the demo manager works in Chinese
    browser.open("services/plans.xhtml");
    browser.awaitText("page-title", "服务计划");
    assertThat(browser.text("planEditForm:plans")).contains("手机碎屏保障", "碎屏保障", "终身", "36 个月");

    browser.click("planEditForm:newPlan");
    browser.type("planEditForm:code", code);
    browser.type("planEditForm:name", "Tablet care");
    browser.type("planEditForm:nameZh", "平板关怀");
    browser.select("planEditForm:coverage", "硬件保修");
    browser.type("planEditForm:termMonths_input", "24");
    browser.type("planEditForm:price_input", "259");
    browser.type("planEditForm:cost_input", "60");
    browser.click("planEditForm:save");
    assertThat(awaitMessage("planEditForm:eligibleCategories_message"))
        .as("no category chosen")
        .isNotBlank();

    browser.clickLabel("planEditForm:eligibleCategories:3"); // 平板电脑 (TABLET)
    browser.click("planEditForm:save");
    browser.awaitText("planEditForm:messages", "计划 平板关怀 已保存");
    assertThat(browser.text("planEditForm:plans")).contains(code, "平板关怀", "24 个月", "259.00");

    JsonObject plan =
        manager
            .get("service-plans?all=true")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
    assertThat(plan.getString("coverage")).isEqualTo("HARDWARE");
    assertThat(plan.getJsonArray("eligibleCategories").getString(0)).isEqualTo("TABLET");
    assertThat(Api.decimal(plan, "price")).isEqualByComparingTo("259");
    browser.logout();

    browser.login("consultant", "demo");
    browser.open("services/plans.xhtml");
    browser.waitFor("planEditForm:plans");
    assertThat(browser.present("planEditForm:newPlan")).as("store staff only read").isFalse();
  }

  /** The message an Ajax save puts next to a field, once it is there (blank after 10 s). */
  private String awaitMessage(String id) {
    long until = System.currentTimeMillis() + 10_000;
    String text = "";
    while (text.isBlank() && System.currentTimeMillis() < until) {
      text = browser.present(id) ? browser.text(id) : "";
      if (text.isBlank()) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return text;
        }
      }
    }
    return text;
  }

  @Test
  void theLookupSaysADeviceWithoutAContractIsNotCovered() {
    browser.login("manager", "demo");
    browser.open("services/lookup.xhtml");
    browser.awaitText("page-title", "设备保障查询");
    browser.type("lookupForm:serial", "NO-SUCH-SERIAL-" + System.nanoTime());
    browser.click("lookupForm:lookUp");
    browser.awaitText("lookupForm:notCovered", "今天没有服务合同保障该设备");
    assertThat(List.of(browser.present("lookupForm:coverage"))).containsExactly(false);
  }
}
