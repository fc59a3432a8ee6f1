package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.CustomerCardScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.LostSalesScreen;
import org.storecrm.it.screens.RegistersScreen;
import org.storecrm.it.screens.ReportScreen;
import org.storecrm.it.screens.TeamScreen;
import org.storecrm.it.screens.TopBar;

/** A store manager reads follow-up discipline and the registers, charts them and exports them. */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class ManagerScreensIT {
  private final Browser browser;
  private final Layout layout;
  private final CustomerCardScreen customerCardScreen;
  private final LostSalesScreen lostSalesScreen;
  private final RegistersScreen registersScreen;
  private final ReportScreen reportScreen;
  private final TeamScreen teamScreen;
  private final TopBar topBar;
  private final Api consultant;

  ManagerScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.customerCardScreen = new CustomerCardScreen(browser);
    this.lostSalesScreen = new LostSalesScreen(browser);
    this.registersScreen = new RegistersScreen(browser);
    this.reportScreen = new ReportScreen(browser);
    this.teamScreen = new TeamScreen(browser);
    this.topBar = new TopBar(browser);
    consultant = Api.as(base, "consultant", "demo");
  }

  @Test
  void theTeamViewShowsEachConsultantsLoadAndTheIntentCustomers() {
    long id =
        CustomersApiIT.register(
            consultant, "Team View " + System.nanoTime() % 100000, CustomersApiIT.mobile());
    consultant.put("customers/" + id + "/grade", "{\"grade\":\"H\"}");
    browser.login("manager", "demo");
    browser.open("customers/team.xhtml");
    topBar.langEn().click(); // the demo manager works in Chinese
    try {
      layout.title().awaitText("Team follow-ups");
      teamScreen.loadChart().waitFor();
      assertThat(teamScreen.load().text()).contains("Open");
      teamScreen.grade().select("H – within 7 days");
      teamScreen.intentStatus().awaitText("Team View");
      teamScreen.grade().select("B – 1 to 3 months");
      teamScreen.intentStatus().awaitAbsentText("Team View");
    } finally {
      topBar.langZh().click();
    }
  }

  @Test
  void theRegistersAreChartedAndExportToExcelInChinese() {
    String name = "登记表" + PlatformApiIT.suffix();
    CustomersApiIT.register(consultant, name, CustomersApiIT.mobile());
    browser.login("manager", "demo");
    browser.open("customers/registers.xhtml");
    topBar.langZh().click(); // the demo manager's language, whatever came before
    layout.title().awaitText("登记与来源");
    registersScreen.registerChart().waitFor();
    assertThat(registersScreen.days().text()).contains("留资率");
    assertThat(registersScreen.funnel().text()).contains("来店");
    // Every entry, newest first, filtered to the visits that left details, with the card a click
    // away.
    registersScreen.entries().awaitText(name);
    registersScreen.entryKind().select("来店");
    registersScreen.entryWithDetails().select("留有资料");
    registersScreen.filterEntries().click();
    registersScreen.entries().awaitText(name);
    assertThat(registersScreen.entries().text()).doesNotContain("未留资料");
    browser.clickLink(name);
    customerCardScreen.customerName().awaitText(name);
    browser.open("customers/registers.xhtml");
    layout.title().awaitText("登记与来源");
    registersScreen.exportDays().click();
    byte[] workbook = browser.awaitDownload(".xlsx");
    assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("an .xlsx is a zip archive")
        .isEqualTo("PK");
  }

  @Test
  void theLostSaleAnalysisIsChartedAndExportsToExcelInChinese() {
    long customer = CustomersApiIT.register(consultant, "战败图", CustomersApiIT.mobile());
    long reason = SalesReportsApiIT.firstLostReason(consultant);
    String rival = "对手" + PlatformApiIT.suffix();
    assertThat(
            consultant
                .post(
                    "customers/" + customer + "/lost-sales",
                    "{\"reasonId\":%d,\"competitor\":\"%s\"}".formatted(reason, rival))
                .status())
        .isEqualTo(200);
    browser.login("manager", "demo");
    browser.open("customers/lost-sales.xhtml");
    topBar.langZh().click();
    layout.title().awaitText("战败分析");
    lostSalesScreen.reasonChart().waitFor();
    lostSalesScreen.competitors().awaitText(rival);
    assertThat(lostSalesScreen.categories().text()).contains("未记录");
    lostSalesScreen.exportCompetitors().click();
    byte[] workbook = browser.awaitDownload("lost-sales-by-competitor.xlsx");
    assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("an .xlsx is a zip archive")
        .isEqualTo("PK");
  }

  @Test
  void theRetentionSheetIsChartedAndExportsToExcelInChinese() {
    browser.login("manager", "demo");
    browser.open("sales/retention.xhtml");
    topBar.langZh().click();
    layout.title().awaitText("老顾客巩固率与复购率");
    reportScreen.chart().waitFor();
    String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    reportScreen.months().awaitText(thisMonth);
    assertThat(reportScreen.months().text()).contains("老顾客巩固率", "复购率");
    // Last year: every month, none in the future of this one.
    reportScreen.yearInput().retype(String.valueOf(java.time.Year.now().getValue() - 1));
    reportScreen.show().click();
    reportScreen.months().awaitText((java.time.Year.now().getValue() - 1) + "-12");
    reportScreen.export().click();
    byte[] workbook = browser.awaitDownload("customer-retention.xlsx");
    assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("an .xlsx is a zip archive")
        .isEqualTo("PK");
  }

  @Test
  void theTargetVsActualSheetIsChartedAndExportsToExcel() {
    browser.login("manager", "demo");
    browser.open("sales/target-actual.xhtml");
    topBar.langZh().click();
    layout.title().awaitText("营业目标计划与实际比较表");
    reportScreen.chart().waitFor();
    assertThat(reportScreen.rows().text()).contains("全店").contains("达成率");
    reportScreen.export().click();
    byte[] workbook = browser.awaitDownload("target-vs-actual.xlsx");
    assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("an .xlsx is a zip archive")
        .isEqualTo("PK");
  }
}
