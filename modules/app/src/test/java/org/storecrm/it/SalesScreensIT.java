package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * The counter in Chinese: a walk-in buys a notebook, the receipt prints; a customer not found is
 * registered in place (in English); goods come back on the returns screen; the manager's mix chart.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class SalesScreensIT {
  private final Browser browser;
  private final Api manager;
  private final Api consultant;

  private final Api technician;

  SalesScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.manager = Api.as(base, "manager", "demo");
    this.consultant = Api.as(base, "consultant", "demo");
    this.technician = Api.as(base, "tech", "demo");
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
    // Sold in place: the counter is empty for the next customer, the receipt one click away.
    browser.awaitText("counterForm:messages", "已完成");
    browser.awaitText("counterForm:lines", "请至少添加一件商品");
    browser.click("counterForm:receiptLink");
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
  void aCustomerNotFoundIsRegisteredAtTheCounterAndTheBasketStays() {
    long product = stocked("Counter Cable", 3);
    String sku = consultant.get("products/" + product).json().getString("sku");
    String phone = CustomersApiIT.mobile();

    browser.login("consultant", "demo");
    browser.click("topbarForm:lang-en"); // the demo consultant works in Chinese
    try {
      browser.awaitText("page-title", "Home");
      browser.open("sales/checkout.xhtml");
      browser.awaitText("page-title", "Checkout");
      // The basket first, from the keyboard: the SKU and Enter.
      browser.type("counterForm:productQuery", sku);
      browser.keys("counterForm:productQuery", org.openqa.selenium.Keys.ENTER);
      browser.awaitText("counterForm:lines", "Counter Cable");
      browser.type("counterForm:phone", phone);
      browser.click("counterForm:findCustomer");
      browser.awaitText("counterForm:customerResult", "No customer with this phone.");

      browser.click("counterForm:registerCustomer");
      browser.waitFor("counterForm:registration:registerPanel");
      browser.click("counterForm:registration:register"); // no name yet
      browser.awaitText("counterForm:registration:name_message", "must not be blank");
      String name = "Counter Walk-in " + System.nanoTime() % 100000;
      browser.type("counterForm:registration:name", name);
      browser.keys("counterForm:registration:name", org.openqa.selenium.Keys.ENTER);
      browser.awaitText("counterForm:customerName", name);
      browser.awaitText("counterForm:messages", "registered and selected for this sale");
      // The basket is still there.
      assertThat(browser.text("counterForm:lines")).contains("Counter Cable", sku);
      assertThat(browser.text("counterForm:total")).isEqualTo("99.00");

      List<Object> sameSale = browser.formPost("counterForm", "counterForm:submit");
      browser.click("counterForm:submit");
      browser.click("counterForm:receiptLink");
      browser.awaitText("page-title", "Receipt");
      assertThat(browser.text("receipt-customer")).isEqualTo(name);
      long orderId = Long.parseLong(browser.text("receipt-order"));
      assertThat(onHand(product)).isEqualTo(2);
      // The sale's form sent again (a double click, a resend) sells nothing more.
      assertThat(browser.resend(sameSale)).doesNotContain("HTTP ");
      assertThat(onHand(product)).isEqualTo(2);
      // Registered with the phone looked up (pre-filled), and the order is theirs.
      JsonObject found =
          consultant.get("customers?q=" + phone).json().getJsonArray("items").getJsonObject(0);
      assertThat(found.getString("name")).isEqualTo(name);
      assertThat(consultant.get("orders/" + orderId).json().getJsonNumber("customerId").longValue())
          .isEqualTo(found.getJsonNumber("id").longValue());

      // A colleague registers the next phone while the form is open: that customer is selected.
      String taken = CustomersApiIT.mobile();
      browser.open("sales/checkout.xhtml");
      browser.type("counterForm:phone", taken);
      browser.click("counterForm:findCustomer");
      browser.click("counterForm:registerCustomer");
      browser.type("counterForm:registration:name", "Second Try");
      long colleagues = CustomersApiIT.register(manager, "Registered Meanwhile", taken);
      browser.click("counterForm:registration:register");
      browser.awaitText("counterForm:customerName", "Registered Meanwhile");
      browser.awaitText("counterForm:messages", "already registered to Registered Meanwhile");
      assertThat(consultant.get("customers?q=" + taken).json().getJsonArray("items"))
          .extracting(c -> ((JsonObject) c).getJsonNumber("id").longValue())
          .containsExactly(colleagues);
    } finally {
      browser.click("topbarForm:lang-zh");
    }
  }

  @Test
  void goodsComeBackOnTheReturnsScreenOnceEvenWhenTheFormIsSentTwiceInChinese() {
    long cable = stocked("Return Cable", 5);
    long mouse = stocked("Return Mouse", 5);
    Api.Reply sold =
        consultant.post(
            "orders",
            """
            {"lines":[{"productId":%d,"quantity":2},{"productId":%d,"quantity":1}],"payment":"CASH"}"""
                .formatted(cable, mouse),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    long orderId = sold.json().getJsonNumber("id").longValue();
    assertThat(onHand(cable)).isEqualTo(3);

    browser.login("consultant", "demo"); // the demo consultant works in Chinese
    browser.open("sales/orders.xhtml");
    browser.click("ordersForm:orders:0:returnLink"); // newest first: the order just sold
    browser.awaitText("page-title", "退货");
    assertThat(browser.text("return-order")).isEqualTo(String.valueOf(orderId));
    assertThat(browser.text("returnForm:lines")).contains("测试Return Cable", "测试Return Mouse");

    // More than was sold: refused next to the line, nothing comes back.
    browser.retype("returnForm:lines:0:quantity_input", "3");
    browser.click("returnForm:submit");
    browser.awaitText("returnForm:lines:0:quantity_message", "退货数量超过了剩余数量");
    assertThat(onHand(cable)).isEqualTo(3);

    browser.retype("returnForm:lines:0:quantity_input", "1");
    browser.type("returnForm:reason", "颜色不对"); // leaving the quantity: its value is posted
    List<Object> sameForm = browser.formPost("returnForm", "returnForm:submit");
    browser.click("returnForm:submit");
    browser.awaitText("returnForm:messages", "退货已记录");
    assertThat(browser.text("returnForm:lines:0:returnedQuantity")).isEqualTo("1");
    assertThat(browser.text("returnForm:lines:1:returnedQuantity")).isEqualTo("0");
    assertThat(browser.text("return-status")).isEqualTo("部分退货");
    assertThat(onHand(cable)).isEqualTo(4);
    assertThat(onHand(mouse)).isEqualTo(4);
    String refunded = consultant.get("orders/" + orderId).json().get("returnedAmount").toString();

    // The same form sent again (a double click, a resend): answered as the return it repeats,
    // nothing more comes back.
    assertThat(browser.resend(sameForm)).contains("退货已记录").doesNotContain("HTTP ");
    JsonObject order = consultant.get("orders/" + orderId).json();
    assertThat(order.getJsonArray("lines").getJsonObject(0).getInt("returnedQuantity"))
        .isEqualTo(1);
    assertThat(order.get("returnedAmount").toString()).isEqualTo(refunded);
    assertThat(onHand(cable)).isEqualTo(4);

    browser.click("returnForm:backToReceipt");
    browser.awaitText("page-title", "销售小票");
    assertThat(browser.text("receipt-order")).isEqualTo(String.valueOf(orderId));
    browser.waitFor("returnGoods"); // the receipt leads to the returns screen too

    // The service's checks: another store's order is not found, a technician may not take goods
    // back (on the screen and on the API alike).
    browser.signOut();
    browser.login("plaza.consultant", "demo");
    browser.open("sales/return.xhtml?id=" + orderId);
    browser.waitFor("error-404");
    browser.signOut();
    browser.login("tech", "demo");
    browser.open("sales/return.xhtml?id=" + orderId);
    browser.waitFor("error-403");
    long lineId = order.getJsonArray("lines").getJsonObject(1).getJsonNumber("id").longValue();
    Api.Reply denied =
        technician.post(
            "orders/" + orderId + "/returns",
            "{\"lines\":[{\"lineId\":%d,\"quantity\":1}]}".formatted(lineId),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(denied.status()).as(denied.toString()).isEqualTo(403);
    assertThat(onHand(mouse)).isEqualTo(4);
  }

  /** An accessory (no attach checklist) at 99.00, with this much stock in the flagship. */
  /**
   * The common sale after the customer is found — a camera with two accepted accessories, paid by
   * card — in at most 8 actions (a click, a key press, or the words typed into one field), without
   * a page load: the search ranks the camera in stock first and gives it the focus, accepting an
   * accessory puts it in the basket, card is one button, the rest of the checklist one
   * confirmation.
   */
  @Test
  void aCameraWithTwoAcceptedAccessoriesPaidByCardTakesEightActionsAfterTheCustomerIsFound() {
    String word = "Zq" + Long.toString(System.nanoTime(), 36);
    // Alphabetically first, but out of stock; and an accessory of the same words.
    long outOfStock = product("Canon AAA " + word, "Canon", "CAMERA", "4999.00", 0);
    long camera = product("Canon EOS " + word, "Canon", "CAMERA", "5699.00", 2);
    product("Canon " + word + " strap", "Canon", "ACCESSORY", "99.00", 5);
    for (String accessory : List.of("AC-SDXC-128", "AC-SDXC-64", "AC-CAM-BAG")) {
      long id =
          manager
              .get("products?q=" + accessory)
              .json()
              .getJsonArray("items")
              .getJsonObject(0)
              .getJsonNumber("id")
              .longValue();
      assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":50}").status())
          .isEqualTo(200);
    }
    String phone = CustomersApiIT.mobile();
    long customer = CustomersApiIT.register(consultant, "Camera Buyer " + word, phone);

    browser.login("consultant", "demo"); // works in Chinese
    browser.open("sales/checkout.xhtml");
    browser.type("counterForm:phone", phone);
    browser.click("counterForm:findCustomer");
    browser.awaitText("counterForm:customerName", "Camera Buyer " + word);
    browser.script("window.storeCrmNoReload = true;");

    int actions = 0;
    browser.keys("counterForm:productQuery", "canon " + word); // the focus is already there
    actions++;
    browser.keys("counterForm:productQuery", Keys.ENTER);
    actions++;
    browser.awaitText("counterForm:candidates", word + " strap");
    List<String> ranked = browser.text("counterForm:candidates").lines().toList();
    assertThat(String.join("\n", ranked))
        .containsSubsequence("Canon EOS " + word, "Canon AAA " + word, word + " strap");
    browser.keys("counterForm:candidates:0:pick", Keys.ENTER); // the ranked first has the focus
    actions++;
    browser.awaitText("counterForm:lines", "Canon EOS " + word);
    browser.clickLabel("counterForm:checklist:" + checklistRow("存储卡") + ":outcome:1");
    actions++;
    browser.awaitText("counterForm:lines", "SD 卡");
    browser.clickLabel("counterForm:checklist:" + checklistRow("相机包") + ":outcome:1");
    actions++;
    browser.awaitText("counterForm:lines", "相机单肩包");
    browser.choose("counterForm:payment", "刷卡");
    actions++;
    browser.click("counterForm:submit");
    actions++;
    browser.click("unansweredForm:confirmNotOffered"); // the rest of the checklist not offered
    actions++;
    browser.awaitText("counterForm:messages", "已完成");

    assertThat(actions).isLessThanOrEqualTo(8);
    assertThat(browser.script("return window.storeCrmNoReload === true;"))
        .as("the sale completed without a page load")
        .isEqualTo(true);
    long orderId =
        Long.parseLong(
            browser.attribute("counterForm:receiptLink", "href").replaceAll(".*id=", ""));
    JsonObject order = consultant.get("orders/" + orderId).json();
    assertThat(order.getJsonNumber("customerId").longValue()).isEqualTo(customer);
    assertThat(order.getString("payment")).isEqualTo("CARD");
    assertThat(order.getJsonArray("lines")).hasSize(3);
    assertThat(order.getJsonArray("lines").getJsonObject(0).getJsonNumber("productId").longValue())
        .isEqualTo(camera);
    assertThat(
            order.getJsonArray("checklist").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("outcome").equals("ACCEPTED")))
        .hasSize(2);
    assertThat(onHand(camera)).isEqualTo(1);
    assertThat(onHand(outOfStock)).isZero();
  }

  /** The row (from 0) of the counter's checklist whose entry names this text. */
  private int checklistRow(String text) {
    Object row =
        browser.script(
            "const rows = Array.from(document.querySelectorAll("
                + "\"[id='counterForm:checklist_data'] > tr\"));"
                + "return rows.findIndex(r => r.textContent.includes(arguments[0]));",
            text);
    assertThat(((Number) row).intValue()).as("checklist entry " + text).isNotNegative();
    return ((Number) row).intValue();
  }

  private long product(String name, String brand, String category, String price, int onHand) {
    Api.Reply created =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"%s","brand":"%s","category":"%s","price":"%s","cost":"1.00",\
            "pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(SalesApiIT.sku(category.substring(0, 2)), name, brand, category, price));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":" + onHand + "}").status())
        .isEqualTo(200);
    return id;
  }

  private long stocked(String name, int onHand) {
    Api.Reply created =
        manager.post(
            "products",
            SalesApiIT.product(
                SalesApiIT.sku("AC"), name, "ACCESSORY", "99.00", "40", "MAINSTREAM"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":" + onHand + "}").status())
        .isEqualTo(200);
    return id;
  }

  private int onHand(long productId) {
    return consultant.get("products/" + productId).json().getInt("onHand");
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
