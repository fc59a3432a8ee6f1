package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 on screen, in Chinese: the consultant logs a hotline complaint without a card, resolves
 * it with compensation and root cause (refused first without them), takes a phone-in with the
 * checklist and promises a callback; the manager opens the satisfaction screen.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class HotlineScreensIT {
  private final Browser browser;

  HotlineScreensIT(Browser browser) {
    this.browser = browser;
  }

  @Test
  void aHotlineComplaintWithoutACardIsResolvedAndAPhoneInIsTakenWithTheChecklistInChinese() {
    String phone = CustomersApiIT.mobile();
    String description = "热线：手机充不进电 " + phone.substring(7);
    browser.login("consultant", "demo"); // the demo consultant works in Chinese
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

    browser.signOut();
    browser.login("manager", "demo");
    browser.open("customers/satisfaction.xhtml");
    browser.awaitText("page-title", "顾客满意度");
    assertThat(browser.text("periodForm:consultants")).isNotBlank();
    browser.waitFor("periodForm:monthChart");
    assertThat(browser.text("recoveryForm:recoveries")).isNotBlank();
  }
}
