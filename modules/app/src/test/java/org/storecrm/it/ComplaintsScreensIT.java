package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.ComplaintScreen;
import org.storecrm.it.screens.ComplaintsScreen;
import org.storecrm.it.screens.CustomerCardScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.RegisterCustomerScreen;
import org.storecrm.it.screens.SurveyScreen;

/**
 * A consultant in Chinese records a low score and logs a complaint from the card, finds the
 * complaint in the list and resolves it.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class ComplaintsScreensIT {
  private final Browser browser;
  private final Layout layout;
  private final CustomerCardScreen customerCardScreen;
  private final ComplaintScreen complaintScreen;
  private final ComplaintsScreen complaintsScreen;
  private final RegisterCustomerScreen registerCustomerScreen;
  private final SurveyScreen surveyScreen;

  ComplaintsScreensIT(Browser browser) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.customerCardScreen = new CustomerCardScreen(browser);
    this.complaintScreen = new ComplaintScreen(browser);
    this.complaintsScreen = new ComplaintsScreen(browser);
    this.registerCustomerScreen = new RegisterCustomerScreen(browser);
    this.surveyScreen = new SurveyScreen(browser);
  }

  @Test
  void logAComplaintFromTheCardSeeItInTheListAndResolveItInChinese() {
    String phone = CustomersApiIT.mobile();
    String description = "充电器一周就坏了 " + phone.substring(7);
    browser.login("consultant", "demo"); // the demo consultant works in Chinese
    browser.open("customers/register.xhtml");
    layout.title().awaitText("登记顾客");
    registerCustomerScreen.fillIn(phone, "周敏");
    registerCustomerScreen.register().click();
    registerCustomerScreen.registeredCustomer().awaitText("周敏");
    registerCustomerScreen.registeredCard().click();
    customerCardScreen.customerName().awaitText("周敏");

    customerCardScreen.recordSurvey().click();
    layout.title().awaitText("满意度调查");
    surveyScreen.score().select("2");
    surveyScreen.occasion().select("售后回访");
    surveyScreen.comment().type("送货太慢");
    surveyScreen.save().click();
    browser.awaitPageText("已为店长创建挽回任务");
    surveyScreen.surveys().awaitText("送货太慢");
    surveyScreen.customer().click();
    customerCardScreen.customerName().awaitText("周敏");

    customerCardScreen.logComplaint().click();
    layout.title().awaitText("登记投诉");
    complaintScreen.channel().select("热线");
    complaintScreen.category().select("产品");
    complaintScreen.description().type(description);
    complaintScreen.log().click();
    complaintScreen.complaintNumber().awaitText("TS");
    browser.awaitPageText("已登记");
    String number = complaintScreen.complaintNumber().text();
    assertThat(number).startsWith("TS");
    assertThat(complaintScreen.complaintStatus().text()).isEqualTo("待处理");
    assertThat(complaintScreen.complaintOwner().text()).isEqualTo("consultant");

    browser.open("customers/complaints.xhtml");
    layout.title().awaitText("投诉处理");
    complaintsScreen.complaintsStatusFilter().select("待处理");
    complaintsScreen.complaints().awaitText(number);
    assertThat(complaintsScreen.complaints().text()).contains(description);

    browser.open("customers/complaint.xhtml?id=" + Long.parseLong(number.substring(2)));
    complaintScreen.status().select("已解决");
    complaintScreen.save().click();
    complaintScreen.resolutionMessage().awaitText("请填写处理结果");
    complaintScreen.status().select("已解决");
    complaintScreen.resolution().type("已更换新充电器");
    complaintScreen.compensationKind().select("换货");
    complaintScreen.rootCause().select("产品缺陷");
    complaintScreen.save().click();
    complaintScreen.complaintStatus().awaitText("已解决");
    assertThat(complaintScreen.complaintResolution().text()).isEqualTo("已更换新充电器");
  }
}
