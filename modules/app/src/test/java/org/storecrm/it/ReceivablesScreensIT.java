package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.it.AccountsFixture.account;
import static org.storecrm.it.AccountsFixture.creditOrder;
import static org.storecrm.it.AccountsFixture.onHand;
import static org.storecrm.it.AccountsFixture.storeId;
import static org.storecrm.it.AccountsFixture.unique;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.AccountScreen;
import org.storecrm.it.screens.AgingScreen;
import org.storecrm.it.screens.CounterScreen;
import org.storecrm.it.screens.Layout;

/**
 * The credit hold at the counter (in Chinese: the refusal next to the account, nothing sold) and on
 * the account page, where the account manager records the payment that lifts it.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class ReceivablesScreensIT {
  private final Browser browser;
  private final Layout layout;
  private final AccountScreen accountScreen;
  private final AgingScreen agingScreen;
  private final CounterScreen counterScreen;
  private final Api admin;
  private final Api accounts;
  private final Api manager;
  private final Api consultant;

  ReceivablesScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.accountScreen = new AccountScreen(browser);
    this.agingScreen = new AgingScreen(browser);
    this.counterScreen = new CounterScreen(browser);
    admin = Api.as(base, "admin", "demo");
    accounts = Api.as(base, "accounts", "demo");
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
  }

  @Test
  void theCounterRefusesCreditToAnAccountOnHoldAndThePaymentOnTheAccountPageLiftsIt() {
    String sku = unique("HOLD");
    Api.Reply created =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"Hold notebook","nameZh":"冻结测试笔记本","brand":"Test","category":"NOTEBOOK","price":3000.00,"cost":2500,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(sku));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long productId = created.json().getJsonNumber("id").longValue();
    manager.put("products/" + productId + "/stock", "{\"onHand\":3}");
    long account = account(accounts, "ACTIVE", 30, null);
    Api.Reply old =
        admin.post(
            "orders",
            creditOrder(
                productId,
                1,
                account,
                Instant.now().minus(Duration.ofDays(31)).toString(),
                storeId(manager)),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(old.status()).as(old.toString()).isEqualTo(201);
    admin.post("admin/jobs/receivables/run", "");
    assertThat(accounts.get("accounts/" + account).json().getBoolean("creditHold")).isTrue();

    browser.login("consultant", "demo"); // works in Chinese
    browser.open("sales/checkout.xhtml");
    counterScreen.add(sku);
    counterScreen.lines().awaitText("冻结测试笔记本");
    counterScreen.payment().choose("企业客户赊账");
    counterScreen.accountIdInput().type(String.valueOf(account));
    counterScreen.submitConfirmingNotOffered();
    counterScreen.accountIdMessage().awaitText("赊账被拒绝");
    assertThat(counterScreen.accountIdMessage().text()).contains("冻结赊销");
    assertThat(onHand(consultant, productId)).as("nothing sold").isEqualTo(2);
    browser.logout();

    // The account manager sees the hold and the overdue invoice, and records the payment.
    browser.login("accounts", "demo");
    browser.open("accounts/account.xhtml?id=" + account);
    accountScreen.creditHold().awaitText("Yes");
    accountScreen.invoices().awaitText("Overdue");
    accountScreen.amountInput().type("3000");
    accountScreen.pay().click();
    browser.awaitPageText("Payment of 3000.00 recorded.");
    accountScreen.creditHold().awaitText("No");
    assertThat(accounts.get("accounts/" + account).json().getBoolean("creditHold")).isFalse();

    // The aging page shows the chart and the account's row.
    browser.open("accounts/aging.xhtml");
    layout.title().awaitText("Receivables aging");
    assertThat(agingScreen.chart().present()).isTrue();
  }
}
