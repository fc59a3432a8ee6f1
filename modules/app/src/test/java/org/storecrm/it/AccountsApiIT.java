package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.it.AccountsFixture.account;
import static org.storecrm.it.AccountsFixture.creditOrder;
import static org.storecrm.it.AccountsFixture.onHand;
import static org.storecrm.it.AccountsFixture.product;
import static org.storecrm.it.AccountsFixture.sell;

import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Business accounts over the REST API: keeping them, who sees them, and the credit check. */
@SystemTest
class AccountsApiIT {
  private final Api accounts;
  private final Api manager;
  private final Api consultant;
  private final Api plazaManager;
  private final Api plazaConsultant;

  AccountsApiIT(URI base) {
    accounts = Api.as(base, "accounts", "demo");
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
  }

  @Test
  void anAccountManagerKeepsTheStoresAccountsAnotherStoreFindsNone() {
    long id = account(accounts, "ACTIVE", 30, "\"creditLimit\":50000");
    JsonObject account = accounts.get("accounts/" + id).json();
    assertThat(account.getString("status")).isEqualTo("ACTIVE");
    assertThat(account.getInt("paymentTermDays")).isEqualTo(30);
    assertThat(account.getBoolean("creditHold")).isFalse();
    assertThat(account.containsKey("creditHoldReason")).isFalse();
    assertThat(account.getJsonNumber("accountManagerId").longValue())
        .as("an account manager's new account is theirs")
        .isEqualTo(manager.userId("accounts"));
    assertThat(account.getJsonArray("contacts").getJsonObject(0).getBoolean("decides")).isTrue();
    String name = account.getString("name");

    // A part of the name, in any case.
    JsonObject found =
        accounts.get("accounts?q=" + name.substring(name.indexOf('-') - 3).toLowerCase()).json();
    assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(a -> a.getJsonNumber("id").longValue())
        .contains(id);
    assertThat(manager.get("accounts/" + id).status()).isEqualTo(200);
    assertThat(consultant.get("accounts/" + id).status())
        .as("the counter reads accounts")
        .isEqualTo(200);

    // Another store's account is not found, not forbidden; their list does not show it.
    assertThat(plazaManager.get("accounts/" + id).status()).isEqualTo(404);
    assertThat(plazaConsultant.get("accounts/" + id).status()).isEqualTo(404);
    assertThat(
            plazaManager
                .get("accounts?size=200&q=" + name.substring(name.indexOf('-') + 1))
                .json()
                .getJsonArray("items")
                .isEmpty())
        .isTrue();
    assertThat(accounts.get("accounts/999999999").status()).isEqualTo(404);
  }

  /**
   * A prospect becomes an active client with longer terms and a credit limit, its contacts and
   * manager change; stale versions, terms past the limit, a consultant and another store are
   * refused, and nothing of a refused change is kept.
   */
  @Test
  void anAccountIsChangedAfterItWasOpenedWithinTheSameRules() {
    long id = account(accounts, "PROSPECT", 3, null);
    long accountManager = manager.userId("accounts");
    JsonObject before = accounts.get("accounts/" + id).json();
    long version = before.getJsonNumber("version").longValue();
    String changes =
        """
        {"name":"%s","industry":"Retail","employees":60,"status":"ACTIVE","accountManagerId":%d,\
        "paymentTermDays":%d,"creditLimit":"50000.00","contacts":[{"name":"Qian Hui",\
        "title":"Purchasing","phone":"13900139000","decides":true}],"version":%d}""";
    String renamed = AccountsFixture.unique("Acme Retail");

    assertThat(
            consultant
                .put("accounts/" + id, changes.formatted(renamed, accountManager, 30, version))
                .status())
        .isEqualTo(403);
    assertThat(
            plazaManager
                .put("accounts/" + id, changes.formatted(renamed, accountManager, 30, version))
                .status())
        .isEqualTo(404);
    Api.Reply tooLong =
        accounts.put("accounts/" + id, changes.formatted(renamed, accountManager, 31, version));
    assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
    assertThat(tooLong.json().getString("code")).isEqualTo("accounts.termTooLong");
    Api.Reply withoutManager =
        accounts.put(
            "accounts/" + id,
            changes
                .formatted(renamed, accountManager, 10, version)
                .replace("\"accountManagerId\":" + accountManager + ",", ""));
    assertThat(withoutManager.status()).as(withoutManager.toString()).isEqualTo(422);
    assertThat(withoutManager.json().getString("code")).isEqualTo("accounts.storeCreditTooLong");
    assertThat(accounts.get("accounts/" + id).json().getString("status")).isEqualTo("PROSPECT");

    Api.Reply changed =
        accounts.put("accounts/" + id, changes.formatted(renamed, accountManager, 30, version));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    JsonObject account = accounts.get("accounts/" + id).json();
    assertThat(account.getString("name")).isEqualTo(renamed);
    assertThat(account.getString("status")).isEqualTo("ACTIVE");
    assertThat(account.getInt("paymentTermDays")).isEqualTo(30);
    assertThat(Api.decimal(account, "creditLimit")).isEqualByComparingTo("50000.00");
    assertThat(account.getJsonNumber("accountManagerId").longValue()).isEqualTo(accountManager);
    assertThat(account.getString("source")).isEqualTo("WALK_IN");
    assertThat(account.getJsonArray("contacts")).hasSize(1);
    assertThat(account.getJsonArray("contacts").getJsonObject(0).getString("name"))
        .isEqualTo("Qian Hui");

    // The version read before is stale now.
    Api.Reply stale =
        manager.put("accounts/" + id, changes.formatted(renamed, accountManager, 15, version));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(accounts.get("accounts/" + id).json().getInt("paymentTermDays")).isEqualTo(30);
  }

  @Test
  void consultantsCannotOpenAccountsAndTermsAreBounded() {
    Api.Reply refused =
        consultant.post(
            "accounts",
            "{\"name\":\"X Co\",\"status\":\"ACTIVE\",\"source\":\"REFERRAL\",\"paymentTermDays\":3}");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);

    Api.Reply tooLong =
        accounts.post(
            "accounts",
            "{\"name\":\"Y Co\",\"status\":\"ACTIVE\",\"source\":\"REFERRAL\",\"paymentTermDays\":31}");
    assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
    assertThat(tooLong.json().getString("code")).isEqualTo("accounts.termTooLong");

    // Without an account manager it is the store's own credit: at most 3 days.
    Api.Reply storeCredit =
        manager.post(
            "accounts",
            "{\"name\":\"Z Co\",\"status\":\"ACTIVE\",\"source\":\"WALK_IN\",\"paymentTermDays\":5}");
    assertThat(storeCredit.status()).as(storeCredit.toString()).isEqualTo(422);
    assertThat(storeCredit.json().getString("code")).isEqualTo("accounts.storeCreditTooLong");
    assertThat(account(manager, "ACTIVE", 3, null)).isPositive();

    // Another store's account manager cannot be named.
    Api.Reply otherManager =
        plazaManager.post(
            "accounts",
            "{\"name\":\"W Co\",\"status\":\"ACTIVE\",\"source\":\"WALK_IN\",\"paymentTermDays\":10,\"accountManagerId\":"
                + manager.userId("accounts")
                + "}");
    assertThat(otherManager.status()).as(otherManager.toString()).isEqualTo(422);
    assertThat(otherManager.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("accountManagerId");

    Api.Reply invalid = accounts.post("accounts", "{\"paymentTermDays\":-1,\"contacts\":[{}]}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("name", "status", "source", "paymentTermDays", "contacts[0].name");
  }

  @Test
  void theCreditCheckRefusesProspectsUnknownAccountsAndSalesPastTheLimitWithAReason() {
    long notebook = product(manager, "1500.00", 10);
    long prospect = account(accounts, "PROSPECT", 30, null);
    // The account manager sells too (their language is English: the reason is in the seller's).
    Api.Reply toProspect = sell(accounts, creditOrder(notebook, 1, prospect));
    assertThat(toProspect.status()).as(toProspect.toString()).isEqualTo(422);
    assertThat(toProspect.json().getString("code")).isEqualTo("sales.creditRefused");
    assertThat(toProspect.json().getString("detail")).contains("prospect");

    Api.Reply unknown = sell(consultant, creditOrder(notebook, 1, 999999999L));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().getString("code")).isEqualTo("sales.creditRefused");

    long limited = account(accounts, "ACTIVE", 30, "\"creditLimit\":2000");
    // Another store's till cannot sell on this store's account.
    Api.Reply elsewhere =
        sell(plazaConsultant, creditOrder(product(plazaManager, "10.00", 5), 1, limited));
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(422);

    Api.Reply overLimit = sell(consultant, creditOrder(notebook, 2, limited));
    assertThat(overLimit.status()).as(overLimit.toString()).isEqualTo(422);
    assertThat(overLimit.json().getString("code")).isEqualTo("sales.creditRefused");
    assertThat(overLimit.json().getString("detail")).contains("3000.00").contains("2000.00");
    assertThat(onHand(consultant, notebook)).as("nothing was sold").isEqualTo(10);

    Api.Reply withinLimit = sell(consultant, creditOrder(notebook, 1, limited));
    assertThat(withinLimit.status()).as(withinLimit.toString()).isEqualTo(201);
    assertThat(withinLimit.json().getString("payment")).isEqualTo("ACCOUNT_CREDIT");
    assertThat(onHand(consultant, notebook)).isEqualTo(9);

    // Cash needs no check.
    assertThat(
            sell(
                    consultant,
                    "{\"lines\":[{\"productId\":%d,\"quantity\":1}],\"payment\":\"CASH\"}"
                        .formatted(notebook))
                .status())
        .isEqualTo(201);
  }
}
