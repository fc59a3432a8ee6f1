package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.it.AccountsFixture.account;
import static org.storecrm.it.AccountsFixture.storeId;

import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.AccountScreen;
import org.storecrm.it.screens.AgingScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.VisitPlanScreen;
import org.storecrm.it.screens.VisitProgressScreen;

/** An account manager's day in Chinese: today's plan, a visit logged, the aging chart. */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class AccountManagerDayScreensIT {
  private final Browser browser;
  private final Layout layout;
  private final AccountScreen accountScreen;
  private final AgingScreen agingScreen;
  private final VisitPlanScreen visitPlanScreen;
  private final VisitProgressScreen visitProgressScreen;
  private final URI base;
  private final Api admin;
  private final Api manager;

  AccountManagerDayScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.accountScreen = new AccountScreen(browser);
    this.agingScreen = new AgingScreen(browser);
    this.visitPlanScreen = new VisitPlanScreen(browser);
    this.visitProgressScreen = new VisitProgressScreen(browser);
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
    layout.title().awaitText("拜访计划");
    // A key client never visited is due (twice a month from becoming an account): not yet today.
    assertThat(visitPlanScreen.coldTarget().text()).contains("0 / 6");
    visitPlanScreen.accountId().select(name);
    visitPlanScreen.kind().select("客户拜访");
    visitPlanScreen.whoUses().type("财务部 5 人");
    visitPlanScreen.forWhat().type("报表和开票");
    visitPlanScreen.canUse().type("会");
    visitPlanScreen.values().type("售后上门");
    visitPlanScreen.budget().type("3 万，下月");
    visitPlanScreen.nextStep().type("周五送报价");
    visitPlanScreen.logVisit().click();
    browser.awaitPageText("拜访已登记。");
    visitPlanScreen.planned().awaitText(name);
    visitPlanScreen.planned().awaitText("已完成");
    visitPlanScreen.planned().awaitText("周五送报价");
    JsonObject plan = am.get("visit-plan").json();
    assertThat(
            plan.getJsonArray("planned")
                .getJsonObject(0)
                .getJsonObject("needs")
                .getString("values"))
        .isEqualTo("售后上门");

    browser.open("accounts/aging.xhtml");
    layout.title().awaitText("应收账龄");
    assertThat(agingScreen.chart().present()).isTrue();
    agingScreen.managers().awaitText("逾期1-30天");
    agingScreen.export().click();
    assertThat(browser.awaitDownload("receivables-aging.xlsx")).isNotEmpty();

    // The account's opportunities: opened on its page and moved a stage with one click.
    browser.open("accounts/account.xhtml?id=" + client);
    accountScreen.accountName().awaitText(name);
    browser.script("window.storeCrmNoReload = true;");
    accountScreen.category().select("台式机");
    accountScreen.budgetInput().type("60000");
    accountScreen.open().click();
    accountScreen.opportunityMessages().awaitText("已创建");
    accountScreen.opportunities().awaitText("线索");
    // The button names the next stage: contacted, then (once moved) visited.
    assertThat(accountScreen.opportunitiesAdvance(0).text()).isEqualTo("已接触");
    accountScreen.opportunitiesAdvance(0).click();
    accountScreen.opportunitiesAdvance(0).awaitText("已来店");
    accountScreen.opportunityMessages().awaitText("已推进");
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
    layout.error404().waitFor();

    // The store manager compares plan and done per account manager: this one made one visit.
    browser.login("manager", "demo");
    browser.open("accounts/visit-progress.xhtml");
    layout.title().awaitText("拜访计划达成");
    assertThat(visitProgressScreen.chart().present()).isTrue();
    visitProgressScreen.managers().awaitText("客户经理测试");
    assertThat(visitProgressScreen.managers().text()).contains("陌拜目标", "全部拜访");
    // The account funnel of the month: the opportunity opened above reached contact.
    assertThat(visitProgressScreen.funnelChart().present()).isTrue();
    visitProgressScreen.funnelStages().awaitText("已接触");
    // A period ending before it starts is refused at the field, in Chinese.
    visitProgressScreen.to().pickDateTime(java.time.LocalDateTime.of(2020, 1, 1, 0, 0));
    visitProgressScreen.show().click();
    visitProgressScreen.toMessage().awaitText("最多 62 天");
    visitProgressScreen.export().click();
    assertThat(browser.awaitDownload("visit-progress.xlsx")).isNotEmpty();
  }
}
