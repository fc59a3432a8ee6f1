package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
  private final URI base;
  private final Api consultant;
  private final Api manager;
  private final Api admin;
  private final long storeId;

  OpportunityScreensIT(Browser browser, URI base) {
    this.browser = browser;
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
    browser.awaitText("page-title", "商机");
    browser.awaitText("customerCard", name);
    browser.select("newForm:category", "相机");
    browser.type("newForm:budget_input", "6800");
    browser.click("newForm:open");
    browser.awaitText("listForm:opportunities:0:stage", "线索");
    assertThat(browser.text("listForm:opportunities")).contains(name, "相机", "6,800.00");

    browser.click("listForm:opportunities:0:advance");
    browser.awaitText("listForm:opportunities:0:stage", "已接触");
    browser.click("listForm:opportunities:0:advance");
    browser.awaitText("listForm:opportunities:0:stage", "已来店");
    assertThat(browser.text("listForm:opportunities:0:advance")).contains("已报价/洽谈");
    browser.click("listForm:opportunities:0:advance");
    browser.awaitText("listForm:opportunities:0:stage", "已报价/洽谈");
    browser.awaitText("customer-grade", "A");
    assertThat(consultant.get("customers/" + customer).json().getString("grade"))
        .as("quoted: the card's grade is at least A")
        .isEqualTo("A");

    browser.click("listForm:opportunities:0:lose");
    browser.waitFor("listForm:lostReasonId");
    // Without a reason the loss is refused next to the field.
    browser.click("listForm:confirmLoss");
    browser.awaitText("listForm:lostReasonId_message", "请说明战败原因");
    browser.select("listForm:lostReasonId", reason.getString("nameZh"));
    browser.type("listForm:competitor", "苏宁");
    browser.click("listForm:confirmLoss");
    browser.awaitText("listForm:opportunities:0:stage", "战败");
    browser.awaitText("customer-classification", "战败顾客");

    JsonObject card = consultant.get("customers/" + customer).json();
    assertThat(card.getString("baseKind")).isEqualTo("LOST");
    browser.open("customers/card.xhtml?id=" + customer);
    browser.awaitText("customer-base-kind", "战败顾客");
  }

  @Test
  void aConsultantSeesTheirOwnAManagerTheStoresAndFilters() {
    Seller other = newSeller();
    String mine = "我的" + PlatformApiIT.suffix();
    String theirs = "同事的" + PlatformApiIT.suffix();
    long myCustomer = CustomersApiIT.register(consultant, mine, CustomersApiIT.mobile());
    long theirCustomer = CustomersApiIT.register(other.api, theirs, CustomersApiIT.mobile());
    OpportunitiesApiIT.open(consultant, myCustomer, "PHONE", null);
    long theirOpportunity = OpportunitiesApiIT.open(other.api, theirCustomer, "TABLET", null);
    other.api.post("opportunities/" + theirOpportunity + "/stage", "{\"stage\":\"ORDERED\"}");

    browser.login("consultant", "demo");
    browser.open("sales/opportunities.xhtml");
    browser.awaitText("listForm:opportunities", mine);
    assertThat(browser.text("listForm:opportunities")).doesNotContain(theirs);
    browser.logout();

    browser.login("manager", "demo");
    browser.open("sales/opportunities.xhtml");
    browser.awaitText("listForm:opportunities", theirs);
    assertThat(browser.text("listForm:opportunities")).contains(mine);
    browser.select("listForm:filterStage", "已下订");
    browser.click("listForm:applyFilters");
    browser.awaitAbsentText("listForm:opportunities", mine);
    assertThat(browser.text("listForm:opportunities")).contains(theirs);
    browser.select("listForm:filterStage", "全部");
    browser.select("listForm:filterCategory", "手机");
    browser.click("listForm:applyFilters");
    browser.awaitText("listForm:opportunities", mine);
    assertThat(browser.text("listForm:opportunities")).doesNotContain(theirs);
    // A manager moves anyone's opportunity of the store.
    browser.open("sales/opportunities.xhtml?customerId=" + theirCustomer);
    browser.awaitText("listForm:opportunities:0:stage", "已下订");
    browser.click("listForm:opportunities:0:advance");
    browser.awaitText("listForm:opportunities:0:stage", "已交付");
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
    browser.awaitText("page-title", "销售漏斗");
    browser.waitFor("reportForm:chart");
    assertThat(browser.text("reportForm:stages")).contains("线索", "已交付");
    long leads = Long.parseLong(browser.text("reportForm:stages:0:reached").trim());
    // The link names the stage and the month; the list then shows the opportunities at it.
    assertThat(leads).isPositive();
    browser.click("reportForm:stages:0:stageLink");
    browser.awaitText("page-title", "商机");
    assertThat(browser.text("listForm:filterStage")).contains("线索");
    assertThat(browser.text("listForm:opportunities")).contains("线索").doesNotContain("已报价");
    assertThat(browser.currentPath()).endsWith("/sales/opportunities.xhtml");
    assertThat(browser.waitFor("listForm:openedMonth").getAttribute("value"))
        .isEqualTo(YearMonth.now(ZONE).toString());
  }

  @Test
  void anotherStoresCustomerIsNotFoundAndConsultantsAreRefusedTheReports() {
    long customer =
        CustomersApiIT.register(consultant, "外店" + PlatformApiIT.suffix(), CustomersApiIT.mobile());
    browser.login("plaza.manager", "demo");
    browser.open("sales/opportunities.xhtml?customerId=" + customer);
    browser.waitFor("error-404");
    browser.signOut();

    browser.login("consultant", "demo");
    browser.open("sales/performance.xhtml");
    browser.waitFor("error-403");
    browser.open("sales/daily.xhtml");
    browser.waitFor("error-403");
  }

  private record Seller(long id, Api api) {}

  private Seller newSeller() {
    String username = "os." + PlatformApiIT.suffix();
    Api.Reply created =
        admin.post(
            "users", PlatformApiIT.newUser(username, "long-enough-1", "CONSULTANT", storeId));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Seller(
        created.json().getJsonNumber("id").longValue(), Api.as(base, username, "long-enough-1"));
  }
}
