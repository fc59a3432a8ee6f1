package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.storecrm.it.screens.CustomerCardScreen;
import org.storecrm.it.screens.CustomerListScreen;
import org.storecrm.it.screens.FollowUpsScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.ReceiptScreen;
import org.storecrm.it.screens.RegisterCustomerScreen;
import org.storecrm.it.screens.TopBar;

/** A consultant's counter work in Chinese: register a walk-in, find them, grade, log a contact. */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class CustomersScreensIT {
  private final Browser browser;
  private final TopBar topBar;
  private final ReceiptScreen receiptScreen;
  private final Layout layout;
  private final CustomerCardScreen customerCardScreen;
  private final CustomerListScreen customerListScreen;
  private final FollowUpsScreen followUpsScreen;
  private final RegisterCustomerScreen registerCustomerScreen;

  private final URI base;

  CustomersScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.topBar = new TopBar(browser);
    this.receiptScreen = new ReceiptScreen(browser);
    this.layout = new Layout(browser);
    this.customerCardScreen = new CustomerCardScreen(browser);
    this.customerListScreen = new CustomerListScreen(browser);
    this.followUpsScreen = new FollowUpsScreen(browser);
    this.registerCustomerScreen = new RegisterCustomerScreen(browser);
    this.base = base;
  }

  @Test
  void ofTwoEditsOfACardTheSecondIsRefusedOnScreenAndLosesNothing() {
    Api api = Api.as(base, "consultant", "demo");
    long id = CustomersApiIT.register(api, "两次修改", CustomersApiIT.mobile());
    browser.login("consultant", "demo");
    browser.open("customers/card.xhtml?id=" + id);
    customerCardScreen.customerName().awaitText("两次修改");
    // Meanwhile a colleague edits the same card.
    long version = api.get("customers/" + id).json().getJsonNumber("version").longValue();
    assertThat(
            api.put(
                    "customers/" + id,
                    """
                    {"name":"同事先改","type":"PERSON","region":"CITY","marketingConsent":false,"version":%d}"""
                        .formatted(version))
                .status())
        .isEqualTo(200);
    browser.expand("details");
    customerCardScreen.detailsName().type("我后改");
    customerCardScreen.saveDetails().click();
    customerCardScreen.detailsMessages().awaitText("已被他人修改"); // the form stays open
    assertThat(api.get("customers/" + id).json().getString("name")).isEqualTo("同事先改");
  }

  @Test
  void anotherStoresCardIsANotFoundPageWithStatus404() throws Exception {
    long flagshipCustomer =
        CustomersApiIT.register(
            Api.as(base, "consultant", "demo"), "别店顾客", CustomersApiIT.mobile());
    browser.login("plaza.consultant", "demo");
    browser.open("customers/card.xhtml?id=" + flagshipCustomer);
    layout.error404().waitFor();
    // The browser shows the page; the status, which it hides, is read with the same session.
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("customers/card.xhtml?id=" + flagshipCustomer))
                    .header("Cookie", "JSESSIONID=" + browser.sessionCookie())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("error-404").doesNotContain("别店顾客");
    // A card without an id is the same page, not an error.
    browser.open("customers/card.xhtml");
    layout.error404().waitFor();
  }

  @Test
  void aWalkInIsRegisteredWithTheKeyboardAloneAndADuplicateAtSubmitOffersTheCard() {
    String phone = CustomersApiIT.mobile();
    browser.login("consultant", "demo");
    browser.open("customers/register.xhtml");
    layout.title().awaitText("登记顾客");
    // The phone field has the focus; Tab through the phone type to the name, Enter registers.
    registerCustomerScreen.phone().keys(phone);
    registerCustomerScreen.name().tabTo();
    browser.script("window.storeCrmNoReload = true;");
    registerCustomerScreen.name().keys("键盘登记", Keys.ENTER);
    // Registered in place: the form is empty for the next walk-in, the card is one click away.
    registerCustomerScreen.registeredCustomer().awaitText("键盘登记");
    assertThat(browser.script("return window.storeCrmNoReload === true;"))
        .as("registered without a page load")
        .isEqualTo(true);
    assertThat(
            browser.script(
                "return document.getElementById(arguments[0]).value;",
                registerCustomerScreen.phone().id()))
        .isEqualTo("");
    assertThat(browser.script("return document.activeElement.id;"))
        .as("the next walk-in's phone has the focus")
        .isEqualTo(registerCustomerScreen.phone().id());
    registerCustomerScreen.registeredCard().click();
    layout.title().awaitText("顾客信息卡");
    assertThat(customerCardScreen.customerName().text()).isEqualTo("键盘登记");
    assertThat(customerCardScreen.timeline().text())
        .as("the default outcome's label")
        .contains("已登记");

    // A colleague registers a number while this counter types it: refused at submit, with the card.
    String taken = CustomersApiIT.mobile();
    browser.open("customers/register.xhtml");
    layout.title().awaitText("登记顾客");
    long colleagues = CustomersApiIT.register(Api.as(base, "manager", "demo"), "同事已登记", taken);
    registerCustomerScreen.name().type("晚一步");
    registerCustomerScreen.phone().type(taken);
    registerCustomerScreen.register().click();
    registerCustomerScreen.existing().awaitText("同事已登记");
    assertThat(registerCustomerScreen.existing().text()).contains("已是本店顾客", "打开顾客卡");
    registerCustomerScreen.openCard().click();
    customerCardScreen.customerName().awaitText("同事已登记");
    assertThat(
            Api.as(base, "manager", "demo")
                .get("customers?q=" + taken)
                .json()
                .getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class))
        .as("the refused registration made no second card")
        .extracting(c -> c.getJsonNumber("id").longValue())
        .containsExactly(colleagues);
  }

  @Test
  void aQueueOfWalkInsIsRegisteredOneAfterAnotherWithoutAPageLoad() {
    browser.login("consultant", "demo");
    browser.open("customers/register.xhtml");
    layout.title().awaitText("登记顾客");
    browser.script("window.storeCrmNoReload = true;");
    for (String name : new String[] {"排队甲", "排队乙", "排队丙"}) {
      String phone = CustomersApiIT.mobile();
      registerCustomerScreen.phone().keys(phone);
      registerCustomerScreen.name().tabTo();
      registerCustomerScreen.name().keys(name, Keys.ENTER);
      registerCustomerScreen.registeredCustomer().awaitText(name);
      assertThat(
              Api.as(base, "consultant", "demo").get("customers?q=" + phone).json().getInt("total"))
          .as(name + " registered")
          .isEqualTo(1);
    }
    assertThat(browser.script("return window.storeCrmNoReload === true;"))
        .as("three registrations, no page load")
        .isEqualTo(true);
  }

  @Test
  void aNameWithAHiddenTextDirectionCharacterIsRefusedAtTheField() {
    String phone = CustomersApiIT.mobile();
    browser.login("consultant", "demo");
    browser.open("customers/register.xhtml");
    layout.title().awaitText("登记顾客");
    registerCustomerScreen.fillIn(phone, "张\u202E伟");
    registerCustomerScreen.register().click();
    registerCustomerScreen.nameMessage().awaitText("文字方向字符");
    assertThat(registerCustomerScreen.nameMessage().text()).contains("U+202E");
    assertThat(
            Api.as(base, "consultant", "demo").get("customers?q=" + phone).json().getInt("total"))
        .as("nothing registered")
        .isZero();
  }

  @Test
  void aLandlineWithSeparatorsIsFoundAsItIsTyped() {
    String landline =
        "021-6"
            + String.format(
                "%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
    Api api = Api.as(base, "consultant", "demo");
    Api.Reply created =
        api.post(
            "customers",
            """
            {"name":"座机顾客","phone":"%s","phoneType":"LANDLINE","type":"PERSON","source":"PHONE_IN","region":"CITY"}"""
                .formatted(landline));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    browser.login("consultant", "demo");
    browser.open("customers/register.xhtml");
    registerCustomerScreen
        .phone()
        .type("(021) " + landline.substring(4, 8) + " " + landline.substring(8));
    registerCustomerScreen.found().awaitText("座机顾客");
  }

  @Test
  void aFollowUpCompletedFromMyFollowUpsSchedulesTheNextAndTheHistoryReadsInChinese() {
    Api api = Api.as(base, "consultant", "demo");
    String name = "跟进" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100000);
    Api.Reply lead =
        Api.as(base, "manager", "demo")
            .post(
                "customers",
                """
                {"name":"%s","phone":"%s","type":"PERSON","source":"HEAD_OFFICE_LEAD","region":"CITY","consultantId":%d}"""
                    .formatted(
                        name,
                        CustomersApiIT.mobile(),
                        Api.as(base, "manager", "demo").userId("consultant")));
    assertThat(lead.status()).as(lead.toString()).isEqualTo(201);
    long id = lead.json().getJsonNumber("id").longValue();
    assertThat(api.put("customers/" + id + "/grade", "{\"grade\":\"H\"}").status()).isEqualTo(200);
    // A call logged long ago (history brought over): the next cadence call is long overdue.
    assertThat(
            api.post(
                    "customers/" + id + "/contacts",
                    "{\"kind\":\"CALL\",\"occurredAt\":\"2020-01-01T02:00:00Z\",\"outcome\":\"old call\"}")
                .status())
        .isEqualTo(201);

    browser.login("consultant", "demo");
    browser.open("customers/follow-ups.xhtml");
    layout.title().awaitText("我的跟进");
    followUpsScreen.overdue().awaitText(name);
    assertThat(followUpsScreen.due().text()).doesNotContain(name);
    followUpsScreen.overdueOpen(0).click();
    followUpsScreen.outcome().type("约好周六来店");
    followUpsScreen.save().click();
    followUpsScreen.overdue().awaitAbsentText(name);

    browser.open("customers/card.xhtml?id=" + id);
    customerCardScreen.customerName().awaitText(name);
    String inTwoDays =
        LocalDate.now(ZoneId.of("Asia/Shanghai"))
            .plusDays(2)
            .format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(Locale.SIMPLIFIED_CHINESE));
    assertThat(customerCardScreen.nextFollowUp().text()).startsWith(inTwoDays);
    assertThat(customerCardScreen.timeline().text()).contains("约好周六来店");

    customerCardScreen.history().expand();
    customerCardScreen.historyList().awaitText("意向级别");
    assertThat(customerCardScreen.historyList().text())
        .contains("顾客分类", "潜在顾客 → 基盘顾客 / 意向顾客", "H – 7 天内")
        .doesNotContain("BASE/INTENT", "grade");
  }

  @Test
  void theReceiptOfACustomerWhoPrefersEnglishPrintsInEnglishOnAChineseScreen() {
    Api manager = Api.as(base, "manager", "demo");
    Api consultant = Api.as(base, "consultant", "demo");
    String sku = "LANG-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    Api.Reply product =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"Language notebook","nameZh":"语言笔记本","category":"NOTEBOOK","price":4999.00,"cost":4000.00,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(sku));
    assertThat(product.status()).as(product.toString()).isEqualTo(201);
    long productId = product.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + productId + "/stock", "{\"onHand\":5}").status())
        .isEqualTo(200);
    Api.Reply customer =
        consultant.post(
            "customers",
            """
            {"name":"Mr Receipt","phone":"%s","type":"PERSON","source":"WALK_IN","region":"CITY","language":"en"}"""
                .formatted(CustomersApiIT.mobile()));
    long customerId = customer.json().getJsonNumber("id").longValue();
    // With a serial and no plan: the notebook's plans stay on offer, printed on the receipt.
    String order =
        "{%s\"lines\":[{\"productId\":%d,\"quantity\":1,\"serial\":\"%s\"}],\"payment\":\"CASH\"}";
    String englishSerial = "RCPT" + Long.toString(System.nanoTime(), 36).toUpperCase();
    long english =
        consultant
            .post(
                "orders",
                order.formatted("\"customerId\":" + customerId + ",", productId, englishSerial),
                "Idempotency-Key",
                java.util.UUID.randomUUID().toString())
            .json()
            .getJsonNumber("id")
            .longValue();
    long walkIn =
        consultant
            .post(
                "orders",
                order.formatted("", productId, englishSerial + "W"),
                "Idempotency-Key",
                java.util.UUID.randomUUID().toString())
            .json()
            .getJsonNumber("id")
            .longValue();

    browser.login("consultant", "demo"); // works in Chinese
    browser.open("sales/receipt.xhtml?id=" + english);
    receiptScreen.customer().awaitText("Mr Receipt");
    assertThat(receiptScreen.receipt().text())
        .contains("Order no.", "Language notebook", "Thank you for your purchase.", "Cash")
        .contains("Shanghai Nanjing Road Flagship", "800 Nanjing Road East")
        .doesNotContain("订单号", "语言笔记本", "上海南京路旗舰店");
    assertThat(receiptScreen.planOffers().text())
        .as("the open plan offer, in the customer's language")
        .contains("Your device can still get a service plan", englishSerial, "a day of cover")
        .doesNotContain("每天");
    browser.open("sales/receipt.xhtml?id=" + walkIn);
    receiptScreen.customer().awaitText("散客");
    assertThat(receiptScreen.receipt().text()).contains("订单号", "语言笔记本", "感谢您的惠顾");
    assertThat(receiptScreen.planOffers().text())
        .contains("您的设备仍可购买服务卡", englishSerial + "W", "每天约");
    // The store in Chinese too, on the receipt and in the top bar of a Chinese page.
    assertThat(receiptScreen.store().text()).isEqualTo("上海南京路旗舰店");
    assertThat(receiptScreen.address().text()).startsWith("黄浦区南京东路800号");
    assertThat(topBar.store().text()).isEqualTo("上海南京路旗舰店");
  }

  @Test
  void registerAWalkInFindThemGradeHAndLogAFollowUpInChinese() {
    String phone = CustomersApiIT.mobile();
    browser.login("consultant", "demo"); // the demo consultant works in Chinese
    browser.open("customers/register.xhtml");
    layout.title().awaitText("登记顾客");
    registerCustomerScreen.fillIn(phone, "陈静");
    registerCustomerScreen.city().type("上海");
    registerCustomerScreen.register().click();
    registerCustomerScreen.registeredCustomer().awaitText("顾客 陈静 已登记");
    registerCustomerScreen.registeredCard().click();
    layout.title().awaitText("顾客信息卡");
    assertThat(customerCardScreen.customerName().text()).isEqualTo("陈静");
    assertThat(customerCardScreen.customerClassification().text()).isEqualTo("潜在顾客");

    // The counter finds the same phone again instead of registering it twice.
    browser.open("customers/register.xhtml");
    registerCustomerScreen.phone().type(phone);
    registerCustomerScreen.found().awaitText("陈静");

    browser.open("customers/list.xhtml");
    customerListScreen.customersGlobalFilter().type(phone.substring(0, 9));
    customerListScreen.customers().awaitText("陈静");
    browser.clickLink("陈静");
    customerCardScreen.customerName().awaitText("陈静");

    // Grading, logging a contact, booking and settling a visit each update the card in place:
    // no page load, one message where the action was taken, the sections as the user left them.
    browser.script("window.storeCrmNoReload = true;");
    customerCardScreen.history().expand();
    customerCardScreen.newGrade().select("H – 7 天内");
    customerCardScreen.gradeReason().type("已选定型号");
    customerCardScreen.setGrade().click();
    customerCardScreen.customerGrade().awaitText("H");
    customerCardScreen.gradeMessages().awaitText("确度已设定");
    assertThat(occurrencesOnPage("确度已设定")).as("the grade's message, once").isEqualTo(1);
    customerCardScreen.historyList().awaitText("已选定型号");
    String inTwoDays =
        LocalDate.now(ZoneId.of("Asia/Shanghai"))
            .plusDays(2)
            .format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(Locale.SIMPLIFIED_CHINESE));
    assertThat(customerCardScreen.nextFollowUp().text()).startsWith(inTwoDays);
    assertThat(customerCardScreen.customerClassification().text()).isEqualTo("基盘顾客");

    customerCardScreen.contactOutcome().type("电话确认周六来店");
    customerCardScreen.logContact().click();
    customerCardScreen.timeline().awaitText("电话确认周六来店");
    customerCardScreen.contactMessages().awaitText("接触已记录");
    assertThat(occurrencesOnPage("接触已记录")).as("the contact's message, once").isEqualTo(1);

    // Book a visit three days out; it waits in the list until it is settled.
    customerCardScreen
        .appointmentStartsAt()
        .pickDateTime(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).atTime(15, 0));
    customerCardScreen.appointmentPurpose().type("看笔记本");
    customerCardScreen.bookAppointment().click();
    customerCardScreen.appointments().awaitText("已预约");
    customerCardScreen.settleAppointment(0, 1).click(); // no-show
    customerCardScreen.appointments().awaitText("未到店");
    assertThat(occurrencesOnPage("邀约已更新")).as("the settlement's message, once").isEqualTo(1);

    // A promised callback tomorrow morning becomes the next planned contact.
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    browser.expand("plan");
    customerCardScreen.planDueAt().pickDateTime(tomorrow.atTime(10, 0));
    customerCardScreen.planPurpose().select("承诺回电");
    customerCardScreen.planStep().type("告知到货时间");
    customerCardScreen.planContact().click();
    customerCardScreen.planMessages().awaitText("联系已计划");
    assertThat(customerCardScreen.nextFollowUp().text())
        .startsWith(
            tomorrow.format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(Locale.SIMPLIFIED_CHINESE)));
    assertThat(customerCardScreen.historyList().displayed())
        .as("the opened history stays open")
        .isTrue();
    assertThat(customerCardScreen.detailsName().displayed())
        .as("the closed details stay closed")
        .isFalse();
    assertThat(browser.script("return window.storeCrmNoReload === true;"))
        .as("four actions on the card, no page load")
        .isEqualTo(true);
  }

  /** How often a text is shown on the page (in its visible text, pop-ups included). */
  private long occurrencesOnPage(String text) {
    String page = browser.pageText();
    return (page.length() - page.replace(text, "").length()) / text.length();
  }
}
