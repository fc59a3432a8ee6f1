package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.storecrm.it.screens.CounterScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.OrdersScreen;
import org.storecrm.it.screens.PricingMixScreen;
import org.storecrm.it.screens.ReceiptScreen;
import org.storecrm.it.screens.ReturnScreen;
import org.storecrm.it.screens.TopBar;

/**
 * The counter in Chinese: a walk-in buys a notebook, the receipt prints; a customer not found is
 * registered in place (in English); goods come back on the returns screen; the manager's mix chart.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class SalesScreensIT {
  private final Browser browser;
  private final ReceiptScreen receiptScreen;
  private final PricingMixScreen pricingMixScreen;
  private final Layout layout;
  private final CounterScreen counterScreen;
  private final OrdersScreen ordersScreen;
  private final ReturnScreen returnScreen;
  private final TopBar topBar;
  private final Api manager;
  private final Api consultant;

  private final Api technician;

  SalesScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.receiptScreen = new ReceiptScreen(browser);
    this.pricingMixScreen = new PricingMixScreen(browser);
    this.layout = new Layout(browser);
    this.counterScreen = new CounterScreen(browser);
    this.ordersScreen = new OrdersScreen(browser);
    this.returnScreen = new ReturnScreen(browser);
    this.topBar = new TopBar(browser);
    this.manager = Api.as(base, "manager", "demo");
    this.consultant = Api.as(base, "consultant", "demo");
    this.technician = Api.as(base, "tech", "demo");
  }

  @Test
  void sellANotebookToAWalkInCustomerInChinese() {
    String sku = SalesApiIT.sku("NB");
    long id =
        SalesFixture.stocked(
            manager,
            """
            {"sku":"%s","name":"Test Notebook 14","nameZh":"测试笔记本 14","brand":"Lenovo","category":"NOTEBOOK","price":5499.00,"cost":4650,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(sku),
            1);

    browser.login("consultant", "demo"); // the demo consultant works in Chinese
    browser.open("sales/checkout.xhtml");
    layout.title().awaitText("收银开单");
    counterScreen.customerResult().awaitText("散客");
    counterScreen.add(sku);
    counterScreen.lines().awaitText("测试笔记本 14");
    counterScreen.total().awaitText("5,499.00");
    // The notebook's attach checklist (bundles' demo data), in Chinese.
    counterScreen.checklist().awaitText("电脑包");
    counterScreen.submit().click();
    // Nothing of the checklist answered: confirmed as not offered.
    counterScreen.unansweredDialog().awaitText("电脑包");
    counterScreen.confirmNotOffered().click();
    // Sold in place: the counter is empty for the next customer, the receipt one click away.
    counterScreen.messages().awaitText("已完成");
    counterScreen.lines().awaitText("请至少添加一件商品");
    counterScreen.receiptLink().click();
    layout.title().awaitText("销售小票");
    assertThat(receiptScreen.customer().text()).isEqualTo("散客");
    assertThat(receiptScreen.lines().text()).contains("测试笔记本 14", sku);
    assertThat(receiptScreen.total().text()).isEqualTo("5,499.00");
    assertThat(receiptScreen.payment().text()).isEqualTo("现金");
    long orderId = Long.parseLong(receiptScreen.order().text());

    Api.Reply order = consultant.get("orders/" + orderId);
    assertThat(order.status()).isEqualTo(200);
    assertThat(order.json().getJsonArray("lines").getJsonObject(0).getString("sku")).isEqualTo(sku);
    assertThat(consultant.get("products/" + id).json().getInt("onHand")).isZero();

    // The last unit is gone: the counter says so in Chinese, and no order is made.
    browser.open("sales/checkout.xhtml");
    counterScreen.add(sku);
    counterScreen.lines().awaitText("测试笔记本 14");
    counterScreen.submitConfirmingNotOffered();
    browser.awaitPageText("缺货：" + sku);
  }

  @Test
  void aCustomerNotFoundIsRegisteredAtTheCounterAndTheBasketStays() {
    long product = stocked("Counter Cable", 3);
    String sku = consultant.get("products/" + product).json().getString("sku");
    String phone = CustomersApiIT.mobile();

    browser.login("consultant", "demo");
    topBar.langEn().click(); // the demo consultant works in Chinese
    try {
      layout.title().awaitText("Home");
      browser.open("sales/checkout.xhtml");
      layout.title().awaitText("Checkout");
      // The basket first, from the keyboard: the SKU and Enter.
      counterScreen.productQuery().type(sku);
      counterScreen.productQuery().keys(org.openqa.selenium.Keys.ENTER);
      counterScreen.lines().awaitText("Counter Cable");
      counterScreen.findCustomer(phone);
      counterScreen.customerResult().awaitText("No customer with this phone.");

      counterScreen.registerCustomer().click();
      counterScreen.registrationRegisterPanel().waitFor();
      counterScreen.registrationRegister().click(); // no name yet
      counterScreen.registrationNameMessage().awaitText("must not be blank");
      String name = "Counter Walk-in " + System.nanoTime() % 100000;
      counterScreen.registrationName().type(name);
      counterScreen.registrationName().keys(org.openqa.selenium.Keys.ENTER);
      counterScreen.customerName().awaitText(name);
      counterScreen.messages().awaitText("registered and selected for this sale");
      // The basket is still there.
      assertThat(counterScreen.lines().text()).contains("Counter Cable", sku);
      assertThat(counterScreen.total().text()).isEqualTo("99.00");

      List<Object> sameSale = counterScreen.submitPost();
      counterScreen.submit().click();
      counterScreen.receiptLink().click();
      layout.title().awaitText("Receipt");
      assertThat(receiptScreen.customer().text()).isEqualTo(name);
      long orderId = Long.parseLong(receiptScreen.order().text());
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
      counterScreen.findCustomer(taken);
      counterScreen.registerCustomer().click();
      counterScreen.registrationName().type("Second Try");
      long colleagues = CustomersApiIT.register(manager, "Registered Meanwhile", taken);
      counterScreen.registrationRegister().click();
      counterScreen.customerName().awaitText("Registered Meanwhile");
      counterScreen.messages().awaitText("already registered to Registered Meanwhile");
      assertThat(consultant.get("customers?q=" + taken).json().getJsonArray("items"))
          .extracting(c -> ((JsonObject) c).getJsonNumber("id").longValue())
          .containsExactly(colleagues);
    } finally {
      topBar.langZh().click();
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
    ordersScreen.ordersReturnLink(0).click(); // newest first: the order just sold
    layout.title().awaitText("退货");
    assertThat(returnScreen.order().text()).isEqualTo(String.valueOf(orderId));
    assertThat(returnScreen.lines().text()).contains("测试Return Cable", "测试Return Mouse");

    // More than was sold: refused next to the line, nothing comes back.
    returnScreen.linesQuantityInput(0).retype("3");
    returnScreen.submit().click();
    returnScreen.linesQuantityMessage(0).awaitText("退货数量超过了剩余数量");
    assertThat(onHand(cable)).isEqualTo(3);

    returnScreen.linesQuantityInput(0).retype("1");
    returnScreen.reason().type("颜色不对"); // leaving the quantity: its value is posted
    List<Object> sameForm = returnScreen.submitPost();
    returnScreen.submit().click();
    returnScreen.messages().awaitText("退货已记录");
    assertThat(returnScreen.linesReturnedQuantity(0).text()).isEqualTo("1");
    assertThat(returnScreen.linesReturnedQuantity(1).text()).isEqualTo("0");
    assertThat(returnScreen.status().text()).isEqualTo("部分退货");
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

    returnScreen.backToReceipt().click();
    layout.title().awaitText("销售小票");
    assertThat(receiptScreen.order().text()).isEqualTo(String.valueOf(orderId));
    receiptScreen.returnGoods().waitFor(); // the receipt leads to the returns screen too

    // The service's checks: another store's order is not found, a technician may not take goods
    // back (on the screen and on the API alike).
    browser.signOut();
    browser.login("plaza.consultant", "demo");
    browser.open("sales/return.xhtml?id=" + orderId);
    layout.error404().waitFor();
    browser.signOut();
    browser.login("tech", "demo");
    browser.open("sales/return.xhtml?id=" + orderId);
    layout.error403().waitFor();
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
    counterScreen.findCustomer(phone);
    counterScreen.customerName().awaitText("Camera Buyer " + word);
    browser.script("window.storeCrmNoReload = true;");

    int actions = 0;
    counterScreen.productQuery().keys("canon " + word); // the focus is already there
    actions++;
    counterScreen.productQuery().keys(Keys.ENTER);
    actions++;
    counterScreen.candidates().awaitText(word + " strap");
    List<String> ranked = counterScreen.candidates().text().lines().toList();
    assertThat(String.join("\n", ranked))
        .containsSubsequence("Canon EOS " + word, "Canon AAA " + word, word + " strap");
    counterScreen.candidatesPick(0).keys(Keys.ENTER); // the ranked first has the focus
    actions++;
    counterScreen.lines().awaitText("Canon EOS " + word);
    counterScreen.checklistOutcome(checklistRow("存储卡"), 1).clickLabel();
    actions++;
    counterScreen.lines().awaitText("SD 卡");
    counterScreen.checklistOutcome(checklistRow("相机包"), 1).clickLabel();
    actions++;
    counterScreen.lines().awaitText("相机单肩包");
    counterScreen.payment().choose("刷卡");
    actions++;
    counterScreen.submit().click();
    actions++;
    counterScreen.confirmNotOffered().click(); // the rest of the checklist not offered
    actions++;
    counterScreen.messages().awaitText("已完成");

    assertThat(actions).isLessThanOrEqualTo(8);
    assertThat(browser.script("return window.storeCrmNoReload === true;"))
        .as("the sale completed without a page load")
        .isEqualTo(true);
    long orderId =
        Long.parseLong(counterScreen.receiptLink().attribute("href").replaceAll(".*id=", ""));
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
    int row = counterScreen.checklistRow(text);
    assertThat(row).as("checklist entry " + text).isNotNegative();
    return row;
  }

  private long product(String name, String brand, String category, String price, int onHand) {
    return SalesFixture.stocked(
        manager,
        """
        {"sku":"%s","name":"%s","brand":"%s","category":"%s","price":"%s","cost":"1.00",\
        "pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
            .formatted(SalesApiIT.sku(category.substring(0, 2)), name, brand, category, price),
        onHand);
  }

  private long stocked(String name, int onHand) {
    return SalesFixture.stocked(
        manager,
        SalesApiIT.product(SalesApiIT.sku("AC"), name, "ACCESSORY", "99.00", "40", "MAINSTREAM"),
        onHand);
  }

  private int onHand(long productId) {
    return consultant.get("products/" + productId).json().getInt("onHand");
  }

  @Test
  void theManagerSeesThePricingRoleMixAgainstTheTarget() {
    browser.login("manager", "demo");
    browser.open("sales/pricing-mix.xhtml");
    layout.title().awaitText("价格角色结构");
    assertThat(pricingMixScreen.mix().text()).contains("引流型", "主流型", "利润型", "15", "60", "25");
    pricingMixScreen.mixChart().waitFor();
  }
}
