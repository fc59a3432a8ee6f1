package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.it.AccountsFixture.account;
import static org.storecrm.it.AccountsFixture.creditOrder;
import static org.storecrm.it.AccountsFixture.onHand;
import static org.storecrm.it.AccountsFixture.product;
import static org.storecrm.it.AccountsFixture.sell;
import static org.storecrm.it.AccountsFixture.storeId;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Receivables over the REST API: invoices from credit sales (imports with past days too), returns,
 * payments, the sweep's steps (each once), the credit hold through every till, aging.
 */
@SystemTest
class ReceivablesApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Api admin;
  private final Api accounts;
  private final Api manager;
  private final Api consultant;
  private final Api plazaManager;
  private final URI base;

  ReceivablesApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    accounts = Api.as(base, "accounts", "demo");
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
  }

  @Test
  void aCreditSaleRaisesAnInvoiceDueByTheTermsAndAReturnCreditsIt() {
    long notebook = product(manager, "1000.00", 10);
    long account = account(accounts, "ACTIVE", 20, null);
    Api.Reply sold = sell(consultant, creditOrder(notebook, 2, account));
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    long orderId = sold.json().getJsonNumber("id").longValue();

    JsonObject statement = accounts.get("accounts/" + account + "/receivables").json();
    JsonObject invoice = statement.getJsonArray("invoices").getJsonObject(0);
    LocalDate today = LocalDate.now(ZONE);
    assertThat(invoice.getJsonNumber("orderId").longValue()).isEqualTo(orderId);
    assertThat(Api.decimal(invoice, "amount")).isEqualByComparingTo("2000.00");
    assertThat(Api.decimal(invoice, "open")).isEqualByComparingTo("2000.00");
    assertThat(invoice.getString("issuedOn")).isEqualTo(today.toString());
    assertThat(invoice.getString("dueOn")).isEqualTo(today.plusDays(20).toString());
    assertThat(invoice.getString("status")).isEqualTo("OPEN");
    assertThat(Api.decimal(statement.getJsonObject("aging"), "current"))
        .isEqualByComparingTo("2000.00");
    assertThat(statement.getBoolean("creditHold")).isFalse();

    // A return credits the invoice by the refund.
    JsonObject line = sold.json().getJsonArray("lines").getJsonObject(0);
    Api.Reply returned =
        consultant.post(
            "orders/" + orderId + "/returns",
            "{\"lines\":[{\"lineId\":%d,\"quantity\":1}]}"
                .formatted(line.getJsonNumber("id").longValue()),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
    JsonObject credited =
        accounts
            .get("accounts/" + account + "/receivables")
            .json()
            .getJsonArray("invoices")
            .getJsonObject(0);
    assertThat(Api.decimal(credited, "open")).isEqualByComparingTo("1000.00");

    // Consultants see no receivables; another store's account is not found.
    assertThat(consultant.get("accounts/" + account + "/receivables").status()).isEqualTo(403);
    assertThat(consultant.get("receivables/aging").status()).isEqualTo(403);
    assertThat(
            consultant.post("accounts/" + account + "/payments", "{\"amount\":\"10.00\"}").status())
        .isEqualTo(403);
    assertThat(plazaManager.get("accounts/" + account + "/receivables").status()).isEqualTo(404);
    assertThat(
            plazaManager
                .post("accounts/" + account + "/payments", "{\"amount\":\"10.00\"}")
                .status())
        .isEqualTo(404);
    assertThat(consultant.post("admin/jobs/receivables/run", "").status()).isEqualTo(403);
  }

  @Test
  void anInvoiceOverdueByADayHoldsTheAccountAndNoTillSellsOnCreditUntilItIsPaid() {
    long store = storeId(manager);
    long notebook = product(manager, "1000.00", 20);
    long account = account(accounts, "ACTIVE", 30, null);
    Instant now = Instant.now();
    // History from the old system: one sale 31 days ago on 30-day terms (overdue since today), one
    // 28 days ago (due in 2 days: within the 3-day reminder window), imported first: the credit
    // check refuses any credit sale, imports too, while an invoice is overdue.
    Api.Reply recent =
        admin.post(
            "orders",
            creditOrder(notebook, 1, account, now.minus(Duration.ofDays(28)).toString(), store),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(recent.status()).as(recent.toString()).isEqualTo(201);
    Api.Reply old =
        admin.post(
            "orders",
            creditOrder(notebook, 1, account, now.minus(Duration.ofDays(31)).toString(), store),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(old.status()).as(old.toString()).isEqualTo(201);
    List<JsonObject> invoices =
        accounts
            .get("accounts/" + account + "/receivables")
            .json()
            .getJsonArray("invoices")
            .getValuesAs(JsonObject.class);
    JsonObject overdue = invoices.get(0);
    assertThat(overdue.getString("status")).isEqualTo("OVERDUE");
    assertThat(overdue.getJsonNumber("daysOverdue").longValue()).isEqualTo(1);
    long overdueId = overdue.getJsonNumber("id").longValue();

    JsonObject swept = admin.post("admin/jobs/receivables/run", "").json();
    assertThat(swept.getInt("holds")).isPositive();
    assertThat(metrics())
        .as("the last run is published")
        .contains("storecrm_receivables_sweep_runs");
    JsonObject held = accounts.get("accounts/" + account).json();
    assertThat(held.getBoolean("creditHold")).isTrue();
    assertThat(held.getString("creditHoldReason")).contains(String.valueOf(overdueId));
    assertThat(
            Api.decimal(
                accounts.get("accounts/" + account + "/receivables").json().getJsonObject("aging"),
                "days1to30"))
        .isEqualByComparingTo("1000.00");

    // No till sells on credit: the API...
    int before = onHand(consultant, notebook);
    Api.Reply refused = sell(consultant, creditOrder(notebook, 1, account));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.json().getString("code")).isEqualTo("sales.creditRefused");
    assertThat(refused.json().getString("detail")).contains(String.valueOf(overdueId));
    // ... a gift pack on the account's credit ...
    long mouse = product(manager, "100.00", 5);
    Api.Reply pack =
        manager.post(
            "bundles/packs",
            """
            {"name":"Office pack %s","price":"1050.00","components":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}]}"""
                .formatted(UUID.randomUUID(), notebook, mouse));
    assertThat(pack.status()).as(pack.toString()).isEqualTo(201);
    Api.Reply packOnCredit =
        consultant.post(
            "bundles/packs/" + pack.json().getJsonNumber("id") + "/sales",
            "{\"quantity\":1,\"payment\":\"ACCOUNT_CREDIT\",\"accountId\":" + account + "}",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(packOnCredit.status()).as(packOnCredit.toString()).isEqualTo(422);
    assertThat(packOnCredit.json().getString("code")).isEqualTo("sales.creditRefused");
    // ... and a history import alike; nothing was sold.
    Api.Reply imported =
        admin.post(
            "orders",
            creditOrder(notebook, 1, account, now.minus(Duration.ofDays(1)).toString(), store),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(imported.status()).as(imported.toString()).isEqualTo(422);
    assertThat(onHand(consultant, notebook)).isEqualTo(before);
    assertThat(onHand(consultant, mouse)).isEqualTo(5);
    // A hold blocks credit only.
    assertThat(
            sell(
                    consultant,
                    "{\"lines\":[{\"productId\":%d,\"quantity\":1}],\"payment\":\"CASH\"}"
                        .formatted(mouse))
                .status())
        .isEqualTo(201);

    // The sweep again: no step twice (one reminder, one overdue notice to the account manager,
    // one escalation to the store manager).
    String link = "/accounts/account.xhtml?id=" + account;
    admin.post("admin/jobs/receivables/run", "");
    assertThat(PlatformFixture.notices(accounts, link))
        .as("reminder + overdue, once each")
        .isEqualTo(2);
    assertThat(PlatformFixture.notices(manager, link)).as("one escalation").isEqualTo(1);

    // A partial payment keeps the hold; paying the overdue invoice in full lifts it at once.
    JsonObject partial =
        accounts
            .post(
                "accounts/" + account + "/payments",
                "{\"amount\":\"400.00\",\"invoiceId\":" + overdueId + "}")
            .json();
    assertThat(partial.getBoolean("creditHold")).isTrue();
    assertThat(accounts.get("accounts/" + account).json().getBoolean("creditHold")).isTrue();
    Api.Reply tooMuch =
        accounts.post("accounts/" + account + "/payments", "{\"amount\":\"5000.00\"}");
    assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
    JsonObject rest =
        accounts
            .post("accounts/" + account + "/payments", "{\"amount\":\"600.00\"}")
            .json(); // oldest first: the overdue one
    assertThat(
            rest.getJsonArray("allocations")
                .getJsonObject(0)
                .getJsonNumber("invoiceId")
                .longValue())
        .isEqualTo(overdueId);
    assertThat(rest.getBoolean("creditHold")).isFalse();
    assertThat(accounts.get("accounts/" + account).json().getBoolean("creditHold")).isFalse();
    Api.Reply again = sell(consultant, creditOrder(notebook, 1, account));
    assertThat(again.status()).as(again.toString()).isEqualTo(201);

    JsonObject aging = manager.get("receivables/aging").json();
    assertThat(aging.getJsonArray("byStore")).isNotEmpty();
    assertThat(aging.getJsonArray("byAccount").getValuesAs(JsonObject.class))
        .anyMatch(r -> r.getJsonNumber("id").longValue() == account);
  }

  @Test
  void aDisputedInvoiceIsSkippedByTheSweep() {
    long store = storeId(manager);
    long notebook = product(manager, "500.00", 5);
    long account = account(accounts, "ACTIVE", 10, null);
    Api.Reply old =
        admin.post(
            "orders",
            creditOrder(
                notebook, 1, account, Instant.now().minus(Duration.ofDays(40)).toString(), store),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(old.status()).as(old.toString()).isEqualTo(201);
    long invoiceId =
        accounts
            .get("accounts/" + account + "/receivables")
            .json()
            .getJsonArray("invoices")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Api.Reply disputed =
        accounts.post(
            "accounts/" + account + "/invoices/" + invoiceId + "/dispute",
            "{\"reason\":\"Two units delivered, not one\"}");
    assertThat(disputed.status()).as(disputed.toString()).isEqualTo(200);
    assertThat(disputed.json().getBoolean("disputed")).isTrue();
    admin.post("admin/jobs/receivables/run", "");
    assertThat(accounts.get("accounts/" + account).json().getBoolean("creditHold")).isFalse();
    assertThat(PlatformFixture.notices(accounts, "/accounts/account.xhtml?id=" + account)).isZero();
  }

  private String metrics() {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(base.resolve("metrics?scope=application"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
