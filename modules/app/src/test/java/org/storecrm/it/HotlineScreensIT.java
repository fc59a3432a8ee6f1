package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.ComplaintScreen;
import org.storecrm.it.screens.ComplaintsScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.PhoneInScreen;
import org.storecrm.it.screens.SatisfactionScreen;

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
  private final Layout layout;
  private final ComplaintsScreen complaintsScreen;
  private final ComplaintScreen complaintScreen;
  private final PhoneInScreen phoneInScreen;
  private final SatisfactionScreen satisfactionScreen;

  HotlineScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    this.layout = new Layout(browser);
    this.complaintsScreen = new ComplaintsScreen(browser);
    this.complaintScreen = new ComplaintScreen(browser);
    this.phoneInScreen = new PhoneInScreen(browser);
    this.satisfactionScreen = new SatisfactionScreen(browser);
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
    layout.title().awaitText("投诉处理");
    complaintsScreen.hotlineComplaint().click();
    complaintScreen.hotlineTitle().awaitText("热线投诉");
    complaintScreen.callerName().type("赵先生");
    complaintScreen.callerPhone().type(phone);
    complaintScreen.category().select("产品");
    complaintScreen.description().type(description);
    complaintScreen.log().click();
    complaintScreen.complaintNumber().awaitText("TS");
    assertThat(complaintScreen.caller().text()).contains("赵先生").contains("尚无顾客卡");
    assertThat(complaintScreen.complaintStatus().text()).isEqualTo("待处理");

    complaintScreen.status().select("已解决");
    complaintScreen.resolution().type("已为顾客更换新机");
    complaintScreen.save().click();
    complaintScreen.compensationKindMessage().awaitText("请说明给予的补偿");
    complaintScreen.status().select("已解决");
    complaintScreen.compensationKind().select("换货");
    complaintScreen.rootCause().select("产品缺陷");
    complaintScreen.save().click();
    complaintScreen.complaintStatus().awaitText("已解决");
    assertThat(complaintScreen.complaintCompensation().text()).contains("换货");
    assertThat(complaintScreen.complaintRootCause().text()).contains("产品缺陷");
    assertThat(complaintScreen.complaintCallback().text()).contains("投诉满意度回访");
    long complaint = Long.parseLong(complaintScreen.complaintNumber().text().substring(2));

    browser.open("customers/phone-in.xhtml");
    layout.title().awaitText("来电接听清单");
    phoneInScreen.step(0).clickLabel(); // 自我介绍
    phoneInScreen.step(1).clickLabel(); // 确认来电目的
    phoneInScreen.step(3).clickLabel(); // 留下联系方式
    phoneInScreen.callerName().type("钱女士");
    phoneInScreen.callerPhone().type(CustomersApiIT.mobile());
    phoneInScreen.purpose().type("以旧换新价格");
    phoneInScreen.outcome().type("稍后回电");
    phoneInScreen.tickCannotAnswerNow();
    phoneInScreen.save().click();
    phoneInScreen.messages().awaitText("来电已登记");
    assertThat(phoneInScreen.messages().text())
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
    layout.title().awaitText("顾客满意度");
    assertThat(satisfactionScreen.overallSurveys().text()).isEqualTo("1");
    assertThat(satisfactionScreen.overallAverage().text()).isEqualTo("2.00");
    assertThat(satisfactionScreen.overallRecoveries().text()).isEqualTo("1");
    satisfactionScreen.monthChart().waitFor();
    satisfactionScreen.recoveries().awaitText("赵先生");
    assertThat(satisfactionScreen.recoveries().text()).contains("满意度补救");
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
