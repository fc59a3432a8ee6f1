package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.it.AccountsFixture.account;
import static org.storecrm.it.AccountsFixture.storeId;

import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An account manager's day in Chinese: today's plan, a visit logged, the aging chart. */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class AccountManagerDayScreensIT {
  private final Browser browser;
  private final URI base;
  private final Api admin;
  private final Api manager;

  AccountManagerDayScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    manager = Api.as(base, "manager", "demo");
  }

  @Test
  void todaysPlanAVisitLoggedAndTheAgingChartInChinese() {
    String username = "am.zh." + Long.toString(System.nanoTime(), 36);
    Api.Reply user =
        admin.post(
            "users",
            """
            {"username":"%s","password":"s3cret-pass","fullName":"客户经理测试","role":"ACCOUNT_MANAGER","storeId":%d,"language":"zh_CN"}"""
                .formatted(username, storeId(manager)));
    assertThat(user.status()).as(user.toString()).isEqualTo(201);
    Api am = Api.as(base, username, "s3cret-pass");
    long client = account(am, "KEY", 30, null);
    String name = am.get("accounts/" + client).json().getString("name");

    browser.login(username, "s3cret-pass");
    browser.open("accounts/visit-plan.xhtml");
    browser.awaitText("page-title", "拜访计划");
    // A key client never visited is due (twice a month from becoming an account): not yet today.
    assertThat(browser.text("coldTarget")).contains("0 / 6");
    browser.select("visitForm:accountId", name);
    browser.select("visitForm:kind", "客户拜访");
    browser.type("visitForm:whoUses", "财务部 5 人");
    browser.type("visitForm:forWhat", "报表和开票");
    browser.type("visitForm:canUse", "会");
    browser.type("visitForm:values", "售后上门");
    browser.type("visitForm:budget", "3 万，下月");
    browser.type("visitForm:nextStep", "周五送报价");
    browser.click("visitForm:logVisit");
    browser.awaitPageText("拜访已登记。");
    browser.awaitText("planned", name);
    browser.awaitText("planned", "已完成");
    browser.awaitText("planned", "周五送报价");
    JsonObject plan = am.get("visit-plan").json();
    assertThat(
            plan.getJsonArray("planned")
                .getJsonObject(0)
                .getJsonObject("needs")
                .getString("values"))
        .isEqualTo("售后上门");

    browser.open("accounts/aging.xhtml");
    browser.awaitText("page-title", "应收账龄");
    assertThat(browser.present("agingForm:chart")).isTrue();
    browser.awaitText("agingForm:managers", "逾期1-30天");
    browser.click("agingForm:export");
    assertThat(browser.awaitDownload("receivables-aging.xlsx")).isNotEmpty();

    // The account's opportunities: opened on its page and moved a stage with one click.
    browser.open("accounts/account.xhtml?id=" + client);
    browser.awaitText("accountName", name);
    browser.script("window.storeCrmNoReload = true;");
    browser.select("opportunityForm:category", "台式机");
    browser.type("opportunityForm:budget_input", "60000");
    browser.click("opportunityForm:open");
    browser.awaitText("opportunityForm:messages", "已创建");
    browser.awaitText("opportunityForm:opportunities", "线索");
    // The button names the next stage: contacted, then (once moved) visited.
    assertThat(browser.text("opportunityForm:opportunities:0:advance")).isEqualTo("已接触");
    browser.click("opportunityForm:opportunities:0:advance");
    browser.awaitText("opportunityForm:opportunities:0:advance", "已来店");
    browser.awaitText("opportunityForm:messages", "已推进");
    assertThat(browser.script("return window.storeCrmNoReload === true;"))
        .as("opened and moved on without a page load")
        .isEqualTo(true);
    assertThat(
            am.get("opportunities?accountId=" + client)
                .structure()
                .asJsonArray()
                .getJsonObject(0)
                .getString("stage"))
        .isEqualTo("CONTACTED");
    browser.open("accounts/account.xhtml"); // without an id: the not-found page, not an error
    browser.waitFor("error-404");

    // The store manager compares plan and done per account manager: this one made one visit.
    browser.login("manager", "demo");
    browser.open("accounts/visit-progress.xhtml");
    browser.awaitText("page-title", "拜访计划达成");
    assertThat(browser.present("progressForm:chart")).isTrue();
    browser.awaitText("progressForm:managers", "客户经理测试");
    assertThat(browser.text("progressForm:managers")).contains("陌拜目标", "全部拜访");
    // The account funnel of the month: the opportunity opened above reached contact.
    assertThat(browser.present("progressForm:funnelChart")).isTrue();
    browser.awaitText("progressForm:funnelStages", "已接触");
    // A period ending before it starts is refused at the field, in Chinese.
    browser.pickDateTime("progressForm:to", java.time.LocalDateTime.of(2020, 1, 1, 0, 0));
    browser.click("progressForm:show");
    browser.awaitText("progressForm:to_message", "最多 62 天");
    browser.click("progressForm:export");
    assertThat(browser.awaitDownload("visit-progress.xlsx")).isNotEmpty();
  }
}
