package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a phone-sized screen (390 px) in Chinese: the manager dispatches a service request from its
 * job page, the technician finds it in "my jobs", checks in on site and completes it with the
 * customer's signature and score. The shared layout fits: the side menu hides behind a button, the
 * top bar stays on one line, and nothing scrolls sideways.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class ServiceScreensIT {
  private final Browser browser;
  private final Api consultant;
  private final Api accountManager;

  ServiceScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.consultant = Api.as(base, "consultant", "demo");
    this.accountManager = Api.as(base, "accounts", "demo");
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
    browser.awaitText("page-title", "派工看板");
    assertFitsAPhone();
    assertThat(browser.displayed("sidebar")).as("the menu hides behind its button").isFalse();
    browser.click("menu-toggle");
    browser.waitFor("sidebar");
    assertThat(browser.displayed("sidebar")).isTrue();
    browser.click("menu-toggle");
    browser.awaitText("boardForm:queue", client);

    browser.open("services/job.xhtml?id=" + id);
    browser.awaitText("job-serial", serial);
    browser.awaitText("job-status", "已登记");
    assertFitsAPhone();
    browser.select("jobForm:technicianId", "Zhang Qiang");
    browser.click("jobForm:dispatch");
    browser.awaitText("job-status", "已派工");
    browser.awaitText("job-technician", "Zhang Qiang");
    browser.logout();

    browser.login("tech", "demo");
    browser.open("services/my-jobs.xhtml");
    browser.awaitText("page-title", "我的工单");
    browser.awaitText("jobsForm:jobs", id + " · " + client);
    assertFitsAPhone();
    browser.clickLink(id + " · " + client);
    browser.awaitText("job-serial", serial);
    browser.click("jobForm:arrive");
    browser.awaitText("job-status", "已到场");
    browser.type("jobForm:notes", "更换电源，测试正常");
    browser.type("jobForm:parts", "电源适配器 x1");
    browser.click("jobForm:complete");
    browser.awaitPageText("完成工单前请客户签名");
    browser.draw("jobForm:signature");
    browser.click("jobForm:complete");
    browser.awaitText("job-status", "已完成");
    browser.awaitText("job-signed", "已签名");
    browser.awaitText("job-parts", "电源适配器 x1");
    assertFitsAPhone();
    browser.select("jobForm:score", "5");
    browser.click("jobForm:saveFeedback");
    browser.awaitText("job-feedback", "5");

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
