package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.it.AccountsFixture.storeId;

import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.AccountScreen;
import org.storecrm.it.screens.CustomerCardScreen;
import org.storecrm.it.screens.HandoverScreen;
import org.storecrm.it.screens.HandoversScreen;
import org.storecrm.it.screens.Layout;

/**
 * A consultant working in Chinese hands a walk-in company buyer to an account manager from the
 * customer card; the account manager, working in English, opens an account from their queue.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class HandoverScreensIT {
  private final Browser browser;
  private final Layout layout;
  private final CustomerCardScreen customerCardScreen;
  private final AccountScreen accountScreen;
  private final HandoverScreen handoverScreen;
  private final HandoversScreen handoversScreen;
  private final URI base;
  private final Api admin;
  private final Api manager;

  HandoverScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.customerCardScreen = new CustomerCardScreen(browser);
    this.accountScreen = new AccountScreen(browser);
    this.handoverScreen = new HandoverScreen(browser);
    this.handoversScreen = new HandoversScreen(browser);
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    manager = Api.as(base, "manager", "demo");
  }

  @Test
  void fromTheCustomerCardToTheAccountManagersQueueToAnAccount() {
    String suffix = Long.toString(System.nanoTime(), 36);
    String amFullName = "Handover AM " + suffix;
    String consultantName = "ho.zh." + suffix;
    String amName = "ho.en." + suffix;
    user(consultantName, "顾问测试", "CONSULTANT", "zh_CN");
    user(amName, amFullName, "ACCOUNT_MANAGER", "en");
    Api consultant = Api.as(base, consultantName, "s3cret-pass");
    Api am = Api.as(base, amName, "s3cret-pass");

    String buyerName = AccountsFixture.unique("Walk-in Co");
    Api.Reply buyer =
        consultant.post(
            "customers",
            """
            {"name":"%s","phone":"%s","type":"COMPANY","source":"WALK_IN","region":"CITY","city":"Shanghai"}"""
                .formatted(buyerName, CustomersApiIT.mobile()));
    assertThat(buyer.status()).as(buyer.toString()).isEqualTo(201);
    long buyerId = buyer.json().getJsonNumber("id").longValue();

    browser.login(consultantName, "s3cret-pass");
    browser.open("customers/card.xhtml?id=" + buyerId);
    customerCardScreen.accountHandoverSection().awaitText("大客户");
    browser.clickLink("转交给客户经理");
    layout.title().awaitText("转交给客户经理");
    assertThat(browser.currentPath()).isEqualTo("/accounts/handover.xhtml");
    handoverScreen.accountManagerId().select(amFullName);
    handoverScreen.note().type("新办公室要 12 台笔记本");
    handoverScreen.handOver().click();
    browser.awaitPageText("已转交给 " + amFullName);
    browser.open("customers/card.xhtml?id=" + buyerId);
    customerCardScreen.accountHandoverSection().awaitText(amFullName);
    browser.signOut();

    browser.login(amName, "s3cret-pass");
    browser.open("accounts/handovers.xhtml");
    layout.title().awaitText("Handed-over buyers");
    handoversScreen.queue().awaitText(buyerName);
    handoversScreen.queue().awaitText("新办公室要 12 台笔记本");
    handoversScreen.industry().type("Logistics");
    handoversScreen.queueConvert(0).click();
    accountScreen.accountName().awaitText(buyerName);
    assertThat(accountScreen.source().text()).isEqualTo("Walk-in handover");
    assertThat(accountScreen.manager().text()).isEqualTo(amFullName);

    JsonObject converted =
        am.get("account-handovers?status=CONVERTED").structure().asJsonArray().getJsonObject(0);
    assertThat(converted.getJsonNumber("customerId").longValue()).isEqualTo(buyerId);
    assertThat(am.get("account-handovers").structure().asJsonArray()).isEmpty();
  }

  private void user(String username, String fullName, String role, String language) {
    Api.Reply made =
        admin.post(
            "users",
            """
            {"username":"%s","password":"s3cret-pass","fullName":"%s","role":"%s","storeId":%d,"language":"%s"}"""
                .formatted(username, fullName, role, storeId(manager), language));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
  }
}
