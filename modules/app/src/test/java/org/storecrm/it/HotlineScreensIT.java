package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 on screen, in Chinese, in a store of the test's own (its card-less tasks stay out of the
 * demo store's queues): the consultant logs a hotline complaint without a card, resolves it with
 * compensation and root cause (refused first without them), takes a phone-in with the checklist and
 * promises a callback; the manager completes the complaint's satisfaction callback with a 2 and
 * sees it on the satisfaction screen with the recovery task it opened.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class HotlineScreensIT {
  private final Browser browser;
  private final Api admin;
  private final URI base;

  HotlineScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.base = base;
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void aHotlineComplaintWithoutACardIsResolvedAndAPhoneInIsTakenWithTheChecklistInChinese() {
    String code = "HS" + PlatformApiIT.suffix().toUpperCase();
    Api.Reply created = admin.post("stores", PlatformApiIT.store(code));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long store = created.json().getJsonNumber("id").longValue();
    String suffix = PlatformApiIT.suffix();
    String consultant = "it.hs.consultant." + suffix;
    String manager = "it.hs.manager." + suffix;
    chineseStaff(consultant, "CONSULTANT", store);
    chineseStaff(manager, "MANAGER", store);
    String phone = CustomersApiIT.mobile();
    String description = "热线：手机充不进电 " + phone.substring(7);
    browser.login(consultant, PASSWORD);
    browser.open("customers/complaints.xhtml");
    browser.awaitText("page-title", "投诉处理");
    browser.click("hotlineComplaint");
    browser.awaitText("hotlineTitle", "热线投诉");
    browser.type("complaintForm:callerName", "赵先生");
    browser.type("complaintForm:callerPhone", phone);
    browser.select("complaintForm:category", "产品");
    browser.type("complaintForm:description", description);
    browser.click("complaintForm:log");
    browser.awaitText("complaint-number", "TS");
    assertThat(browser.text("caller")).contains("赵先生").contains("尚无顾客卡");
    assertThat(browser.text("complaint-status")).isEqualTo("待处理");

    browser.select("complaintForm:status", "已解决");
    browser.type("complaintForm:resolution", "已为顾客更换新机");
    browser.click("complaintForm:save");
    browser.awaitText("complaintForm:compensationKind_message", "请说明给予的补偿");
    browser.select("complaintForm:status", "已解决");
    browser.select("complaintForm:compensationKind", "换货");
    browser.select("complaintForm:rootCause", "产品缺陷");
    browser.click("complaintForm:save");
    browser.awaitText("complaint-status", "已解决");
    assertThat(browser.text("complaint-compensation")).contains("换货");
    assertThat(browser.text("complaint-root-cause")).contains("产品缺陷");
    assertThat(browser.text("complaint-callback")).contains("投诉满意度回访");
    long complaint = Long.parseLong(browser.text("complaint-number").substring(2));

    browser.open("customers/phone-in.xhtml");
    browser.awaitText("page-title", "来电接听清单");
    browser.clickLabel("phoneInForm:steps:0"); // 自我介绍
    browser.clickLabel("phoneInForm:steps:1"); // 确认来电目的
    browser.clickLabel("phoneInForm:steps:3"); // 留下联系方式
    browser.type("phoneInForm:callerName", "钱女士");
    browser.type("phoneInForm:callerPhone", CustomersApiIT.mobile());
    browser.type("phoneInForm:purpose", "以旧换新价格");
    browser.type("phoneInForm:outcome", "稍后回电");
    browser.script(
        "document.querySelector(\"[id='phoneInForm:cannotAnswerNow'] .ui-chkbox-box\").click()");
    browser.click("phoneInForm:save");
    browser.awaitText("phoneInForm:messages", "来电已登记");
    assertThat(browser.text("phoneInForm:messages"))
        .contains("已约定在")
        .contains("关怀短信已发送")
        .contains("钱女士您好");

    // The manager calls the hotline customer back (over the API) and gets a 2.
    Api managerApi = Api.as(base, manager, PASSWORD);
    long callback =
        managerApi.get("complaints/" + complaint).json().getJsonNumber("callbackId").longValue();
    Api.Reply answered =
        managerApi.post(
            "follow-ups/" + callback + "/complete", "{\"outcome\":\"reached\",\"satisfaction\":2}");
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

    browser.signOut();
    browser.login(manager, PASSWORD);
    browser.open("customers/satisfaction.xhtml");
    browser.awaitText("page-title", "顾客满意度");
    assertThat(browser.text("overall-surveys")).isEqualTo("1");
    assertThat(browser.text("overall-average")).isEqualTo("2.00");
    assertThat(browser.text("overall-recoveries")).isEqualTo("1");
    browser.waitFor("periodForm:monthChart");
    browser.awaitText("recoveryForm:recoveries", "赵先生");
    assertThat(browser.text("recoveryForm:recoveries")).contains("满意度补救");
  }

  private static final String PASSWORD = "long-enough-1";

  private void chineseStaff(String username, String role, long store) {
    Api.Reply made =
        admin.post(
            "users",
            """
            {"username":"%s","password":"%s","fullName":"测试员","role":"%s","storeId":%d,"language":"zh_CN"}"""
                .formatted(username, PASSWORD, role, store));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
  }
}
