package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consultant in Chinese records a low score and logs a complaint from the card, finds the
 * complaint in the list and resolves it.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class ComplaintsScreensIT {
  private final Browser browser;

  ComplaintsScreensIT(Browser browser) {
    this.browser = browser;
  }

  @Test
  void logAComplaintFromTheCardSeeItInTheListAndResolveItInChinese() {
    String phone = CustomersApiIT.mobile();
    String description = "充电器一周就坏了 " + phone.substring(7);
    browser.login("consultant", "demo"); // the demo consultant works in Chinese
    browser.open("customers/register.xhtml");
    browser.awaitText("page-title", "登记顾客");
    browser.type("registerForm:phone", phone);
    browser.type("registerForm:name", "周敏");
    browser.click("registerForm:register");
    browser.awaitText("registerForm:registeredCustomer", "周敏");
    browser.click("registerForm:registeredCard");
    browser.awaitText("customer-name", "周敏");

    browser.click("recordSurvey");
    browser.awaitText("page-title", "满意度调查");
    browser.select("surveyForm:score", "2");
    browser.select("surveyForm:occasion", "售后回访");
    browser.type("surveyForm:comment", "送货太慢");
    browser.click("surveyForm:save");
    browser.awaitPageText("已为店长创建挽回任务");
    browser.awaitText("surveys", "送货太慢");
    browser.click("surveyForm:customer");
    browser.awaitText("customer-name", "周敏");

    browser.click("logComplaint");
    browser.awaitText("page-title", "登记投诉");
    browser.select("complaintForm:channel", "热线");
    browser.select("complaintForm:category", "产品");
    browser.type("complaintForm:description", description);
    browser.click("complaintForm:log");
    browser.awaitText("complaint-number", "TS");
    browser.awaitPageText("已登记");
    String number = browser.text("complaint-number");
    assertThat(number).startsWith("TS");
    assertThat(browser.text("complaint-status")).isEqualTo("待处理");
    assertThat(browser.text("complaint-owner")).isEqualTo("consultant");

    browser.open("customers/complaints.xhtml");
    browser.awaitText("page-title", "投诉处理");
    browser.select("complaintsForm:complaints:statusFilter", "待处理");
    browser.awaitText("complaintsForm:complaints", number);
    assertThat(browser.text("complaintsForm:complaints")).contains(description);

    browser.open("customers/complaint.xhtml?id=" + Long.parseLong(number.substring(2)));
    browser.select("complaintForm:status", "已解决");
    browser.click("complaintForm:save");
    browser.awaitText("complaintForm:resolution_message", "请填写处理结果");
    browser.select("complaintForm:status", "已解决");
    browser.type("complaintForm:resolution", "已更换新充电器");
    browser.select("complaintForm:compensationKind", "换货");
    browser.select("complaintForm:rootCause", "产品缺陷");
    browser.click("complaintForm:save");
    browser.awaitText("complaint-status", "已解决");
    assertThat(browser.text("complaint-resolution")).isEqualTo("已更换新充电器");
  }
}
