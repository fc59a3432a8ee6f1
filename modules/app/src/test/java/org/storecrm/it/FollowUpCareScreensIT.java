package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 on screen, in Chinese: the manager's escalated follow-ups on the team page (closed with
 * a reason), the VIP section of the card and the referral report with its Excel export — in a store
 * of the test's own.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class FollowUpCareScreensIT {
  private final Browser browser;
  private final URI base;
  private final Api admin;

  FollowUpCareScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.base = base;
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void theManagerClosesAnEscalatedFollowUpWithAReasonInChinese() throws Exception {
    OwnStore store = OwnStore.open(base, admin, "S");
    long customer = store.walkIn("升级屏幕");
    Api.Reply planned =
        store.consultant.post(
            "follow-ups",
            "{\"customerId\":%d,\"dueAt\":\"%s\",\"purpose\":\"NEXT_VISIT\"}"
                .formatted(
                    customer, Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS)));
    assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    boolean backdated =
        OwnStore.backdate(planned.json().getJsonNumber("id").longValue(), Duration.ofDays(5));
    admin.post("admin/jobs/followups/run", "");

    browser.login(store.managerUsername, "long-enough-1");
    browser.open("customers/team.xhtml");
    browser.click("topbarForm:lang-zh");
    browser.awaitText("page-title", "团队跟进");
    if (!backdated) {
      // The embedded H2 file is the server's alone: nothing of this store can be overdue.
      assertThat(browser.text("escalatedTitle")).contains("已升级的跟进 (0)");
      assertThat(browser.text("escalatedForm:escalated")).contains("没有已升级的跟进。");
      return;
    }
    assertThat(browser.text("escalatedTitle")).contains("已升级的跟进 (1)");
    browser.awaitText("escalatedForm:escalated", "升级屏幕");
    assertThat(browser.text("escalatedForm:escalated")).contains("计划联系");
    browser.click("escalatedForm:closeEscalated");
    browser.awaitText("escalatedForm:escalatedMessages", "请先选择一条已升级的跟进。");
    browser.script(
        "document.querySelector(\"[id='escalatedForm:escalated_data'] tr[data-ri='0'] td:nth-child(2)\").click()");
    browser.type("escalatedForm:reason", "顾客已搬家");
    browser.click("escalatedForm:closeEscalated");
    browser.awaitText("escalatedForm:escalatedMessages", "跟进已关闭。");
    browser.awaitText("escalatedTitle", "已升级的跟进 (0)");
    assertThat(store.queue("ESCALATED")).isEmpty();
  }

  @Test
  void theVipSectionAndTheReferralReportInChinese() {
    OwnStore store = OwnStore.open(base, admin, "W");
    long vip = store.vip("屏幕贵宾");
    for (int i = 0; i < 2; i++) {
      Api.Reply lead =
          store.consultant.post(
              "customers",
              """
              {"name":"介绍%d","phone":"%s","type":"PERSON","source":"REFERRAL","region":"CITY","referrerId":%d}"""
                  .formatted(i, CustomersApiIT.mobile(), vip));
      assertThat(lead.status()).as(lead.toString()).isEqualTo(201);
    }

    browser.login(store.managerUsername, "long-enough-1");
    browser.open("customers/card.xhtml?id=" + vip);
    browser.click("topbarForm:lang-zh");
    browser.awaitText("customer-name", "屏幕贵宾");
    assertThat(browser.text("vip-referrals")).isEqualTo("2");
    assertThat(browser.text("vip-met")).contains("尚未");
    browser.select("vipProfileForm:kind", "驾校");
    browser.click("vipProfileForm:saveKind");
    browser.awaitText("vipProfileMessages", "VIP类别已保存。");
    browser.click("vipProfileForm:recordMeeting");
    browser.awaitText("vipProfileMessages", "已记录见面。");
    assertThat(browser.text("vip-met")).contains("Test User");
    browser.type("vipProfileForm:what", "新品发布会");
    browser.click("vipProfileForm:invite");
    browser.awaitText("vipProfileMessages", "邀请已记录。");
    assertThat(browser.text("vipProfileForm:invitations")).contains("新品发布会").contains("活动");
    assertThat(store.manager.get("customers/" + vip + "/vip-profile").json().getString("kind"))
        .isEqualTo("DRIVING_SCHOOL");

    browser.open("customers/referrals.xhtml");
    browser.awaitText("page-title", "VIP转介绍的线索");
    browser.waitFor("periodForm:kindChart");
    browser.awaitText("periodForm:vips", "屏幕贵宾");
    assertThat(browser.text("periodForm:kinds")).contains("驾校");
    assertThat(browser.text("leadsTotal")).isEqualTo("2");
    browser.click("periodForm:exportVips");
    byte[] workbook = browser.awaitDownload(".xlsx");
    assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("an .xlsx is a zip archive")
        .isEqualTo("PK");
  }

  @Test
  void theAdminEditsTheHolidayTableOnItsScreenInChinese() {
    String key = ("IT_S_" + PlatformApiIT.suffix().toUpperCase());
    key = key.length() > 20 ? key.substring(0, 20) : key;
    browser.login("admin", "demo");
    browser.open("customers/holidays.xhtml");
    browser.click("topbarForm:lang-zh");
    browser.awaitText("page-title", "问候的节日");
    browser.retype("holidaysForm:year_input", "2027");
    browser.keys("holidaysForm:year_input", org.openqa.selenium.Keys.TAB);
    browser.awaitText("holidaysForm:holidays", "2027-02-06");
    assertThat(browser.text("holidaysForm:holidays"))
        .contains("春节")
        .contains("中秋节")
        .contains("国庆节");

    browser.retype("holidaysForm:year_input", "2031");
    browser.keys("holidaysForm:year_input", org.openqa.selenium.Keys.TAB);
    browser.awaitText("holidaysForm:holidays", "没有");
    browser.type("holidaysForm:nameKey", key);
    browser.pickDateTime("holidaysForm:date", java.time.LocalDateTime.of(2031, 6, 1, 0, 0));
    browser.click("holidaysForm:add");
    browser.awaitText("holidaysForm:messages", "节日已添加。");
    browser.awaitText("holidaysForm:holidays", key);
    assertThat(browser.text("holidaysForm:holidays")).contains("2031-06-01");

    browser.script(
        "document.querySelector(\"[id='holidaysForm:holidays_data'] tr[data-ri='0'] td:nth-child(2)\").click()");
    browser.awaitText("holidaysForm:holidays", key);
    browser.click("holidaysForm:remove");
    browser.awaitText("holidaysForm:messages", "节日已删除。");
    browser.awaitAbsentText("holidaysForm:holidays", key);
  }
}
