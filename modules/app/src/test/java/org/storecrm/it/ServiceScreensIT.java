package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.BoardScreen;
import org.storecrm.it.screens.JobScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.MyJobsScreen;

/**
 * On a phone-sized screen (390 px) in Chinese: the manager dispatches a service request from its
 * job page, the technician finds it in "my jobs", checks in on site and completes it with the
 * customer's signature and score. The shared layout fits: the side menu hides behind a button, the
 * top bar stays on one line, and nothing scrolls sideways. On an installation job the technician
 * sees the plans still on offer for the client's phones, records one declined and sells another.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class ServiceScreensIT {
  private final Browser browser;
  private final Layout layout;
  private final BoardScreen boardScreen;
  private final JobScreen jobScreen;
  private final MyJobsScreen myJobsScreen;
  private final Api consultant;
  private final Api accountManager;
  private final Api manager;
  private final Api admin;

  ServiceScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.boardScreen = new BoardScreen(browser);
    this.jobScreen = new JobScreen(browser);
    this.myJobsScreen = new MyJobsScreen(browser);
    this.consultant = Api.as(base, "consultant", "demo");
    this.accountManager = Api.as(base, "accounts", "demo");
    this.manager = Api.as(base, "manager", "demo");
    this.admin = Api.as(base, "admin", "demo");
  }

  @Test
  void theTechnicianOffersTheOpenPlansOnTheInstallationJobAndSellsOne() {
    String sku = "JOBPH-" + PlatformApiIT.suffix();
    Api.Reply product =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"Job phone","category":"PHONE","price":2599.00,"cost":2000,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(sku));
    assertThat(product.status()).as(product.toString()).isEqualTo(201);
    long phone = product.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + phone + "/stock", "{\"onHand\":5}").status())
        .isEqualTo(200);
    Api.Reply customer =
        consultant.post(
            "customers",
            """
            {"name":"装机顾客 %s","phone":"%s","type":"PERSON","source":"WALK_IN","region":"CITY"}"""
                .formatted(PlatformApiIT.suffix(), CustomersApiIT.mobile()));
    assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
    long customerId = customer.json().getJsonNumber("id").longValue();
    String first = "JOB1-" + PlatformApiIT.suffix();
    String second = "JOB2-" + PlatformApiIT.suffix();
    // Two phones sold without a plan: two offers stay open.
    Api.Reply sold =
        consultant.post(
            "orders",
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":2,"serials":["%s","%s"]}],"payment":"CASH"}"""
                .formatted(customerId, phone, first, second),
            "Idempotency-Key",
            java.util.UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    Api.Reply registered =
        consultant.post(
            "service-requests",
            """
            {"customerId":%d,"deviceSerial":"%s","kind":"INSTALLATION","region":"CITY","problem":"设置新手机"}"""
                .formatted(customerId, first));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    long id = registered.json().getJsonNumber("id").longValue();
    long techId = admin.userId("tech");
    assertThat(
            manager
                .post("service-requests/" + id + "/dispatch", "{\"technicianId\":" + techId + "}")
                .status())
        .isEqualTo(200);

    browser.login("tech", "demo");
    browser.open("services/job.xhtml?id=" + id);
    jobScreen.jobSerial().awaitText(first);
    jobScreen.planOffers().awaitText(first);
    assertThat(jobScreen.planOffers().text()).contains(second, "手机碎屏保障", "¥199.00", "每天约");
    jobScreen.offersDeclineOffer(0).click();
    jobScreen.messages().awaitText("已按拒绝关闭");
    jobScreen.offerPayment().select("刷卡");
    jobScreen.offersPlansSellPlan(0, 1).click();
    jobScreen.planReceipt().waitFor();
    assertThat(jobScreen.planOffers().present()).as("no offer left open").isFalse();

    java.util.List<jakarta.json.JsonObject> offers =
        consultant
            .get("plan-offers?customerId=" + customerId)
            .json()
            .getJsonArray("items")
            .getValuesAs(jakarta.json.JsonObject.class);
    assertThat(offers)
        .extracting(o -> o.getString("status"))
        .containsExactlyInAnyOrder("DECLINED", "ACCEPTED");
    String covered =
        offers.stream()
            .filter(o -> o.getString("status").equals("ACCEPTED"))
            .findFirst()
            .orElseThrow()
            .getString("serial");
    jakarta.json.JsonObject contract =
        consultant
            .get("service-contracts?serial=" + covered)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(contract.getString("planCode")).isEqualTo("PHONE_SCREEN");
    long planOrder = contract.getJsonNumber("orderId").longValue();
    assertThat(
            consultant.get("orders/" + planOrder).json().getJsonNumber("consultantId").longValue())
        .as("the plan sale is credited to the technician")
        .isEqualTo(techId);
    browser.logout();
  }

  @Test
  void aManagerDispatchesAndTheTechnicianCompletesWithASignatureOnAPhoneInChinese() {
    // A business client's request: first in the queue (business clients come before the breached
    // requests other tests leave), so it is on the board's first page.
    String client = "上门客户 " + PlatformApiIT.suffix();
    Api.Reply account =
        accountManager.post(
            "accounts",
            "{\"name\":\"%s\",\"status\":\"ACTIVE\",\"source\":\"REFERRAL\",\"paymentTermDays\":30}"
                .formatted(client));
    assertThat(account.status()).as(account.toString()).isEqualTo(201);
    Api.Reply registered =
        consultant.post(
            "service-requests",
            """
            {"accountId":%d,"deviceSerial":"SN-%s","kind":"INSTALLATION","region":"CITY","problem":"安装空调"}"""
                .formatted(account.json().getJsonNumber("id").longValue(), PlatformApiIT.suffix()));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    long id = registered.json().getJsonNumber("id").longValue();
    String serial = registered.json().getString("deviceSerial");

    browser.resize(390, 844);
    browser.login("manager", "demo"); // the demo manager works in Chinese
    browser.open("services/board.xhtml");
    layout.title().awaitText("派工看板");
    assertFitsAPhone();
    assertThat(layout.sidebar().displayed()).as("the menu hides behind its button").isFalse();
    layout.menuToggle().click();
    layout.sidebar().waitFor();
    assertThat(layout.sidebar().displayed()).isTrue();
    layout.menuToggle().click();
    boardScreen.queue().awaitText(client);

    browser.open("services/job.xhtml?id=" + id);
    jobScreen.jobSerial().awaitText(serial);
    jobScreen.jobStatus().awaitText("已登记");
    assertFitsAPhone();
    jobScreen.technicianId().select("Zhang Qiang");
    jobScreen.dispatch().click();
    jobScreen.jobStatus().awaitText("已派工");
    jobScreen.jobTechnician().awaitText("Zhang Qiang");
    browser.logout();

    browser.login("tech", "demo");
    browser.open("services/my-jobs.xhtml");
    layout.title().awaitText("我的工单");
    myJobsScreen.jobs().awaitText(id + " · " + client);
    assertFitsAPhone();
    browser.clickLink(id + " · " + client);
    jobScreen.jobSerial().awaitText(serial);
    jobScreen.arrive().click();
    jobScreen.jobStatus().awaitText("已到场");
    jobScreen.notes().type("更换电源，测试正常");
    jobScreen.parts().type("电源适配器 x1");
    jobScreen.complete().click();
    browser.awaitPageText("完成工单前请客户签名");
    jobScreen.signature().draw();
    jobScreen.complete().click();
    jobScreen.jobStatus().awaitText("已完成");
    jobScreen.jobSigned().awaitText("已签名");
    jobScreen.jobParts().awaitText("电源适配器 x1");
    assertFitsAPhone();
    jobScreen.score().select("5");
    jobScreen.saveFeedback().click();
    jobScreen.jobFeedback().awaitText("5");

    assertThat(consultant.get("service-requests/" + id).json().getBoolean("signed")).isTrue();
  }

  private void assertFitsAPhone() {
    assertThat(
            browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
        .as("nothing makes the page scroll sideways")
        .isEqualTo(Boolean.TRUE);
    Number topbar =
        (Number) browser.script("return document.getElementById('topbar').offsetHeight");
    assertThat(topbar.intValue()).as("the top bar stays on one line").isLessThan(56);
  }
}
