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

/**
 * The credit hold at the counter (in Chinese: the refusal next to the account, nothing sold) and on
 * the account page, where the account manager records the payment that lifts it.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class ReceivablesScreensIT {
  private final Browser browser;
  private final Api admin;
  private final Api accounts;
  private final Api manager;
  private final Api consultant;

  ReceivablesScreensIT(Browser browser, URI base) {
    this.browser = browser;
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
    browser.type("counterForm:productQuery", sku);
    browser.click("counterForm:addProduct");
    browser.awaitText("counterForm:lines", "冻结测试笔记本");
    browser.choose("counterForm:payment", "企业客户赊账");
    browser.type("counterForm:accountId_input", String.valueOf(account));
    browser.click("counterForm:submit");
    browser.click("unansweredForm:confirmNotOffered");
    browser.awaitText("counterForm:accountId_message", "赊账被拒绝");
    assertThat(browser.text("counterForm:accountId_message")).contains("冻结赊销");
    assertThat(onHand(consultant, productId)).as("nothing sold").isEqualTo(2);
    browser.logout();

    // The account manager sees the hold and the overdue invoice, and records the payment.
    browser.login("accounts", "demo");
    browser.open("accounts/account.xhtml?id=" + account);
    browser.awaitText("creditHold", "Yes");
    browser.awaitText("invoices", "Overdue");
    browser.type("paymentForm:amount_input", "3000");
    browser.click("paymentForm:pay");
    browser.awaitPageText("Payment of 3000.00 recorded.");
    browser.awaitText("creditHold", "No");
    assertThat(accounts.get("accounts/" + account).json().getBoolean("creditHold")).isFalse();

    // The aging page shows the chart and the account's row.
    browser.open("accounts/aging.xhtml");
    browser.awaitText("page-title", "Receivables aging");
    assertThat(browser.present("agingForm:chart")).isTrue();
  }
}
