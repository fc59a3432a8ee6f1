package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A store manager reads follow-up discipline and the registers, charts them and exports them. */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class ManagerScreensIT {
  private final Browser browser;
  private final Api consultant;

  ManagerScreensIT(Browser browser, URI base) {
    this.browser = browser;
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
    browser.click("topbarForm:lang-en"); // the demo manager works in Chinese
    try {
      browser.awaitText("page-title", "Team follow-ups");
      browser.waitFor("loadChart");
      assertThat(browser.text("load")).contains("Open");
      browser.select("reassignForm:grade", "H – within 7 days");
      browser.awaitText("reassignForm:intentStatus", "Team View");
      browser.select("reassignForm:grade", "B – 1 to 3 months");
      browser.awaitAbsentText("reassignForm:intentStatus", "Team View");
    } finally {
      browser.click("topbarForm:lang-zh");
    }
  }

  @Test
  void theRegistersAreChartedAndExportToExcelInChinese() {
    String name = "登记表" + PlatformApiIT.suffix();
    CustomersApiIT.register(consultant, name, CustomersApiIT.mobile());
    browser.login("manager", "demo");
    browser.open("customers/registers.xhtml");
    browser.click("topbarForm:lang-zh"); // the demo manager's language, whatever came before
    browser.awaitText("page-title", "登记与来源");
    browser.waitFor("periodForm:registerChart");
    assertThat(browser.text("periodForm:days")).contains("留资率");
    assertThat(browser.text("periodForm:funnel")).contains("来店");
    // Every entry, newest first, filtered to the visits that left details, with the card a click
    // away.
    browser.awaitText("periodForm:entries", name);
    browser.select("periodForm:entryKind", "来店");
    browser.select("periodForm:entryWithDetails", "留有资料");
    browser.click("periodForm:filterEntries");
    browser.awaitText("periodForm:entries", name);
    assertThat(browser.text("periodForm:entries")).doesNotContain("未留资料");
    browser.clickLink(name);
    browser.awaitText("customer-name", name);
    browser.open("customers/registers.xhtml");
    browser.awaitText("page-title", "登记与来源");
    browser.click("periodForm:exportDays");
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
    browser.click("topbarForm:lang-zh");
    browser.awaitText("page-title", "战败分析");
    browser.waitFor("periodForm:reasonChart");
    browser.awaitText("periodForm:competitors", rival);
    assertThat(browser.text("periodForm:categories")).contains("未记录");
    browser.click("periodForm:exportCompetitors");
    byte[] workbook = browser.awaitDownload("lost-sales-by-competitor.xlsx");
    assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("an .xlsx is a zip archive")
        .isEqualTo("PK");
  }

  @Test
  void theRetentionSheetIsChartedAndExportsToExcelInChinese() {
    browser.login("manager", "demo");
    browser.open("sales/retention.xhtml");
    browser.click("topbarForm:lang-zh");
    browser.awaitText("page-title", "老顾客巩固率与复购率");
    browser.waitFor("reportForm:chart");
    String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    browser.awaitText("reportForm:months", thisMonth);
    assertThat(browser.text("reportForm:months")).contains("老顾客巩固率", "复购率");
    // Last year: every month, none in the future of this one.
    browser.retype("reportForm:year_input", String.valueOf(java.time.Year.now().getValue() - 1));
    browser.click("reportForm:show");
    browser.awaitText("reportForm:months", (java.time.Year.now().getValue() - 1) + "-12");
    browser.click("reportForm:export");
    byte[] workbook = browser.awaitDownload("customer-retention.xlsx");
    assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("an .xlsx is a zip archive")
        .isEqualTo("PK");
  }

  @Test
  void theTargetVsActualSheetIsChartedAndExportsToExcel() {
    browser.login("manager", "demo");
    browser.open("sales/target-actual.xhtml");
    browser.click("topbarForm:lang-zh");
    browser.awaitText("page-title", "营业目标计划与实际比较表");
    browser.waitFor("reportForm:chart");
    assertThat(browser.text("reportForm:rows")).contains("全店").contains("达成率");
    browser.click("reportForm:export");
    byte[] workbook = browser.awaitDownload("target-vs-actual.xlsx");
    assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("an .xlsx is a zip archive")
        .isEqualTo("PK");
  }
}
