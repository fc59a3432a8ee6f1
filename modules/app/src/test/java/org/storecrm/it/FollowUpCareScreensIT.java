package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.CustomerCardScreen;
import org.storecrm.it.screens.HolidaysScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.ReferralsScreen;
import org.storecrm.it.screens.TeamScreen;
import org.storecrm.it.screens.TopBar;

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
  private final Layout layout;
  private final TopBar topBar;
  private final TeamScreen teamScreen;
  private final CustomerCardScreen customerCardScreen;
  private final ReferralsScreen referralsScreen;
  private final HolidaysScreen holidaysScreen;

  FollowUpCareScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    this.layout = new Layout(browser);
    this.topBar = new TopBar(browser);
    this.teamScreen = new TeamScreen(browser);
    this.customerCardScreen = new CustomerCardScreen(browser);
    this.referralsScreen = new ReferralsScreen(browser);
    this.holidaysScreen = new HolidaysScreen(browser);
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
    topBar.langZh().click();
    layout.title().awaitText("团队跟进");
    if (!backdated) {
      // The embedded H2 file is the server's alone: nothing of this store can be overdue.
      assertThat(teamScreen.escalatedTitle().text()).contains("已升级的跟进 (0)");
      assertThat(teamScreen.escalated().text()).contains("没有已升级的跟进。");
      return;
    }
    assertThat(teamScreen.escalatedTitle().text()).contains("已升级的跟进 (1)");
    teamScreen.escalated().awaitText("升级屏幕");
    assertThat(teamScreen.escalated().text()).contains("计划联系");
    teamScreen.closeEscalated().click();
    teamScreen.escalatedMessages().awaitText("请先选择一条已升级的跟进。");
    teamScreen.selectEscalated(0);
    teamScreen.escalatedReason().type("顾客已搬家");
    teamScreen.closeEscalated().click();
    teamScreen.escalatedMessages().awaitText("跟进已关闭。");
    teamScreen.escalatedTitle().awaitText("已升级的跟进 (0)");
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
    topBar.langZh().click();
    customerCardScreen.customerName().awaitText("屏幕贵宾");
    assertThat(customerCardScreen.vipReferrals().text()).isEqualTo("2");
    assertThat(customerCardScreen.vipMet().text()).contains("尚未");
    customerCardScreen.vipKind().select("驾校");
    customerCardScreen.saveVipKind().click();
    customerCardScreen.vipProfileMessages().awaitText("VIP类别已保存。");
    customerCardScreen.recordVipMeeting().click();
    customerCardScreen.vipProfileMessages().awaitText("已记录见面。");
    assertThat(customerCardScreen.vipMet().text()).contains("Test User");
    customerCardScreen.invitationWhat().type("新品发布会");
    customerCardScreen.inviteVip().click();
    customerCardScreen.vipProfileMessages().awaitText("邀请已记录。");
    assertThat(customerCardScreen.vipInvitations().text()).contains("新品发布会").contains("活动");
    assertThat(store.manager.get("customers/" + vip + "/vip-profile").json().getString("kind"))
        .isEqualTo("DRIVING_SCHOOL");

    browser.open("customers/referrals.xhtml");
    layout.title().awaitText("VIP转介绍的线索");
    referralsScreen.kindChart().waitFor();
    referralsScreen.vips().awaitText("屏幕贵宾");
    assertThat(referralsScreen.kinds().text()).contains("驾校");
    assertThat(referralsScreen.leadsTotal().text()).isEqualTo("2");
    referralsScreen.exportVips().click();
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
    topBar.langZh().click();
    layout.title().awaitText("问候的节日");
    holidaysScreen.year().retype("2027");
    holidaysScreen.year().keys(org.openqa.selenium.Keys.TAB);
    holidaysScreen.holidays().awaitText("2027-02-06");
    assertThat(holidaysScreen.holidays().text()).contains("春节").contains("中秋节").contains("国庆节");

    holidaysScreen.year().retype("2031");
    holidaysScreen.year().keys(org.openqa.selenium.Keys.TAB);
    holidaysScreen.holidays().awaitText("没有");
    holidaysScreen.nameKey().type(key);
    holidaysScreen.date().pickDateTime(java.time.LocalDateTime.of(2031, 6, 1, 0, 0));
    holidaysScreen.add().click();
    holidaysScreen.messages().awaitText("节日已添加。");
    holidaysScreen.holidays().awaitText(key);
    assertThat(holidaysScreen.holidays().text()).contains("2031-06-01");

    holidaysScreen.selectHoliday(0);
    holidaysScreen.holidays().awaitText(key);
    holidaysScreen.remove().click();
    holidaysScreen.messages().awaitText("节日已删除。");
    holidaysScreen.holidays().awaitAbsentText(key);
  }
}
