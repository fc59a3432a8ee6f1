package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.PlatformFixture.Seller;
import org.storecrm.it.screens.CustomerCardScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.OpportunitiesScreen;
import org.storecrm.it.screens.ReportScreen;

/**
 * The opportunities in Chinese: a consultant opens one from a customer, moves it on with one click
 * per stage (the card's grade follows), loses it with a reason (the customer becomes a lost one);
 * the list shows a consultant their own and a manager the store's; the funnel links to the list.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class OpportunityScreensIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final Browser browser;
  private final Layout layout;
  private final CustomerCardScreen customerCardScreen;
  private final OpportunitiesScreen opportunitiesScreen;
  private final ReportScreen reportScreen;
  private final URI base;
  private final Api consultant;
  private final Api manager;
  private final Api admin;
  private final long storeId;

  OpportunityScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.customerCardScreen = new CustomerCardScreen(browser);
    this.opportunitiesScreen = new OpportunitiesScreen(browser);
    this.reportScreen = new ReportScreen(browser);
    this.base = base;
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
    admin = Api.as(base, "admin", "demo");
    storeId = manager.get("me").json().getJsonNumber("storeId").longValue();
  }

  @Test
  void openFromACustomerMoveToQuotedAndLoseWithAReason() {
    String name = "商机顾客" + PlatformApiIT.suffix();
    long customer = CustomersApiIT.register(consultant, name, CustomersApiIT.mobile());
    JsonObject reason = consultant.get("lost-reasons").structure().asJsonArray().getJsonObject(0);

    browser.login("consultant", "demo"); // the demo consultant works in Chinese
    browser.open("sales/opportunities.xhtml?customerId=" + customer);
    layout.title().awaitText("商机");
    opportunitiesScreen.customerCard().awaitText(name);
    opportunitiesScreen.category().select("相机");
    opportunitiesScreen.budgetInput().type("6800");
    opportunitiesScreen.open().click();
    opportunitiesScreen.opportunitiesStage(0).awaitText("线索");
    assertThat(opportunitiesScreen.opportunities().text()).contains(name, "相机", "6,800.00");

    opportunitiesScreen.opportunitiesAdvance(0).click();
    opportunitiesScreen.opportunitiesStage(0).awaitText("已接触");
    opportunitiesScreen.opportunitiesAdvance(0).click();
    opportunitiesScreen.opportunitiesStage(0).awaitText("已来店");
    assertThat(opportunitiesScreen.opportunitiesAdvance(0).text()).contains("已报价/洽谈");
    opportunitiesScreen.opportunitiesAdvance(0).click();
    opportunitiesScreen.opportunitiesStage(0).awaitText("已报价/洽谈");
    customerCardScreen.customerGrade().awaitText("A");
    assertThat(consultant.get("customers/" + customer).json().getString("grade"))
        .as("quoted: the card's grade is at least A")
        .isEqualTo("A");

    opportunitiesScreen.opportunitiesLose(0).click();
    opportunitiesScreen.lostReasonId().waitFor();
    // Without a reason the loss is refused next to the field.
    opportunitiesScreen.confirmLoss().click();
    opportunitiesScreen.lostReasonIdMessage().awaitText("请说明战败原因");
    opportunitiesScreen.lostReasonId().select(reason.getString("nameZh"));
    opportunitiesScreen.competitor().type("苏宁");
    opportunitiesScreen.confirmLoss().click();
    opportunitiesScreen.opportunitiesStage(0).awaitText("战败");
    customerCardScreen.customerClassification().awaitText("战败顾客");

    JsonObject card = consultant.get("customers/" + customer).json();
    assertThat(card.getString("baseKind")).isEqualTo("LOST");
    browser.open("customers/card.xhtml?id=" + customer);
    customerCardScreen.customerBaseKind().awaitText("战败顾客");
  }

  @Test
  void aConsultantSeesTheirOwnAManagerTheStoresAndFilters() {
    Seller other = newSeller();
    String mine = "我的" + PlatformApiIT.suffix();
    String theirs = "同事的" + PlatformApiIT.suffix();
    long myCustomer = CustomersApiIT.register(consultant, mine, CustomersApiIT.mobile());
    long theirCustomer = CustomersApiIT.register(other.api(), theirs, CustomersApiIT.mobile());
    OpportunitiesApiIT.open(consultant, myCustomer, "PHONE", null);
    long theirOpportunity = OpportunitiesApiIT.open(other.api(), theirCustomer, "TABLET", null);
    other.api().post("opportunities/" + theirOpportunity + "/stage", "{\"stage\":\"ORDERED\"}");

    browser.login("consultant", "demo");
    browser.open("sales/opportunities.xhtml");
    opportunitiesScreen.opportunities().awaitText(mine);
    assertThat(opportunitiesScreen.opportunities().text()).doesNotContain(theirs);
    browser.logout();

    browser.login("manager", "demo");
    browser.open("sales/opportunities.xhtml");
    opportunitiesScreen.opportunities().awaitText(theirs);
    assertThat(opportunitiesScreen.opportunities().text()).contains(mine);
    opportunitiesScreen.filterStage().select("已下订");
    opportunitiesScreen.applyFilters().click();
    opportunitiesScreen.opportunities().awaitAbsentText(mine);
    assertThat(opportunitiesScreen.opportunities().text()).contains(theirs);
    opportunitiesScreen.filterStage().select("全部");
    opportunitiesScreen.filterCategory().select("手机");
    opportunitiesScreen.applyFilters().click();
    opportunitiesScreen.opportunities().awaitText(mine);
    assertThat(opportunitiesScreen.opportunities().text()).doesNotContain(theirs);
    // A manager moves anyone's opportunity of the store.
    browser.open("sales/opportunities.xhtml?customerId=" + theirCustomer);
    opportunitiesScreen.opportunitiesStage(0).awaitText("已下订");
    opportunitiesScreen.opportunitiesAdvance(0).click();
    opportunitiesScreen.opportunitiesStage(0).awaitText("已交付");
    assertThat(manager.get("opportunities/" + theirOpportunity).json().getString("stage"))
        .isEqualTo("DELIVERED");
  }

  @Test
  void theFunnelLinksToTheOpportunitiesAtAStage() {
    long customer =
        CustomersApiIT.register(consultant, "漏斗" + PlatformApiIT.suffix(), CustomersApiIT.mobile());
    OpportunitiesApiIT.open(consultant, customer, "NOTEBOOK", null);

    browser.login("consultant", "demo");
    browser.open("sales/funnel.xhtml");
    layout.title().awaitText("销售漏斗");
    reportScreen.chart().waitFor();
    assertThat(reportScreen.stages().text()).contains("线索", "已交付");
    long leads = Long.parseLong(reportScreen.stagesReached(0).text().trim());
    // The link names the stage and the month; the list then shows the opportunities at it.
    assertThat(leads).isPositive();
    reportScreen.stagesStageLink(0).click();
    layout.title().awaitText("商机");
    assertThat(opportunitiesScreen.filterStage().text()).contains("线索");
    assertThat(opportunitiesScreen.opportunities().text()).contains("线索").doesNotContain("已报价");
    assertThat(browser.currentPath()).endsWith("/sales/opportunities.xhtml");
    assertThat(opportunitiesScreen.openedMonth().waitFor().getAttribute("value"))
        .isEqualTo(YearMonth.now(ZONE).toString());
  }

  @Test
  void anotherStoresCustomerIsNotFoundAndConsultantsAreRefusedTheReports() {
    long customer =
        CustomersApiIT.register(consultant, "外店" + PlatformApiIT.suffix(), CustomersApiIT.mobile());
    browser.login("plaza.manager", "demo");
    browser.open("sales/opportunities.xhtml?customerId=" + customer);
    layout.error404().waitFor();
    browser.signOut();

    browser.login("consultant", "demo");
    browser.open("sales/performance.xhtml");
    layout.error403().waitFor();
    browser.open("sales/daily.xhtml");
    layout.error403().waitFor();
  }

  private Seller newSeller() {
    return PlatformFixture.newSeller(admin, base, storeId, "os.");
  }
}
