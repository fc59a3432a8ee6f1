package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.CounterScreen;
import org.storecrm.it.screens.Element;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.LookupScreen;
import org.storecrm.it.screens.ServicePlansScreen;

/**
 * The service screens in Chinese: the manager keeps the plan catalogue (a plan without eligible
 * categories is refused at that field), a consultant only reads it; the lookup by serial says what
 * covers a device today.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class ServicesScreensIT {
  private final Browser browser;
  private final Layout layout;
  private final CounterScreen counterScreen;
  private final LookupScreen lookupScreen;
  private final ServicePlansScreen servicePlansScreen;
  private final Api manager;
  private final Api consultant;

  ServicesScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.counterScreen = new CounterScreen(browser);
    this.lookupScreen = new LookupScreen(browser);
    this.servicePlansScreen = new ServicePlansScreen(browser);
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
    layout.title().awaitText("收银开单");
    counterScreen.add(sku);
    counterScreen.lines().awaitText("柜台保障手机");
    assertThat(counterScreen.linesSerial(0).present()).as("no plan yet").isFalse();

    counterScreen.add("SV-PH-SCREEN");
    counterScreen.lines().awaitText("SV-PH-SCREEN");
    counterScreen.lines().awaitText("序列号");
    counterScreen.linesSerial(0).type(serial);
    counterScreen.submitConfirmingNotOffered(); // the rest of the checklist not offered
    // The plan names no device: refused at the plan's serial field, and nothing is sold.
    counterScreen.linesSerialMessage(1).awaitText("请输入该计划所保障设备的序列号");
    assertThat(layout.title().text()).isEqualTo("收银开单");
    assertThat(manager.get("products/" + phone).json().getInt("onHand")).isEqualTo(2);
    assertThat(counterScreen.linesSerial(0).attribute("value")).isEqualTo(serial);

    counterScreen.linesSerial(1).type(serial);
    counterScreen.submit().click();
    // "Not offered" is no answer the radio buttons post: the counter asks once more.
    counterScreen.confirmNotOffered().click();
    counterScreen.receiptLink().click();
    layout.title().awaitText("销售小票");
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
    layout.title().awaitText("服务计划");
    assertThat(servicePlansScreen.plans().text()).contains("手机碎屏保障", "碎屏保障", "终身", "36 个月");

    servicePlansScreen.newPlan().click();
    servicePlansScreen.code().type(code);
    servicePlansScreen.name().type("Tablet care");
    servicePlansScreen.nameZh().type("平板关怀");
    servicePlansScreen.coverage().select("硬件保修");
    servicePlansScreen.termMonthsInput().type("24");
    servicePlansScreen.priceInput().type("259");
    servicePlansScreen.costInput().type("60");
    servicePlansScreen.save().click();
    assertThat(awaitMessage(servicePlansScreen.eligibleCategoriesMessage()))
        .as("no category chosen")
        .isNotBlank();

    servicePlansScreen.eligibleCategories(3).clickLabel(); // 平板电脑 (TABLET)
    servicePlansScreen.save().click();
    servicePlansScreen.messages().awaitText("计划 平板关怀 已保存");
    assertThat(servicePlansScreen.plans().text()).contains(code, "平板关怀", "24 个月", "259.00");

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
    servicePlansScreen.plans().waitFor();
    assertThat(servicePlansScreen.newPlan().present()).as("store staff only read").isFalse();
  }

  /** The message an Ajax save puts next to a field, once it is there (blank after 10 s). */
  private String awaitMessage(Element message) {
    long until = System.currentTimeMillis() + 10_000;
    String text = "";
    while (text.isBlank() && System.currentTimeMillis() < until) {
      text = message.present() ? message.text() : "";
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
    layout.title().awaitText("设备保障查询");
    lookupScreen.serial().type("NO-SUCH-SERIAL-" + System.nanoTime());
    lookupScreen.lookUp().click();
    lookupScreen.notCovered().awaitText("今天没有服务合同保障该设备");
    assertThat(List.of(lookupScreen.coverage().present())).containsExactly(false);
  }
}
