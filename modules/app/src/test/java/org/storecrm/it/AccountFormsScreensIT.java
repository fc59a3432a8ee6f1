package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.AccountScreen;
import org.storecrm.it.screens.AccountsScreen;

/**
 * The account's own fields in both forms that hold them: the new-account form of the list and the
 * edit form of the account's page. (Saving the edit form, an action after the Ajax "edit", is what
 * a "required" id view parameter used to stop silently.)
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class AccountFormsScreensIT {
  private final Browser browser;
  private final AccountScreen accountScreen;
  private final AccountsScreen accountsScreen;
  private final Api accountManager;

  AccountFormsScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.accountScreen = new AccountScreen(browser);
    this.accountsScreen = new AccountsScreen(browser);
    accountManager = Api.as(base, "accounts", "demo");
  }

  @Test
  void anAccountIsCreatedFromTheListAndEditedOnItsPage() {
    String name = AccountsFixture.unique("Form Trading");
    browser.login("accounts", "demo");
    browser.open("accounts/accounts.xhtml");
    accountsScreen.name().type(name);
    accountsScreen.industry().type("Printing");
    accountsScreen.employeesInput().type("12");
    accountsScreen.create().click();
    accountsScreen.messages().awaitText("Account " + name + " created.");
    // What is particular to the account is cleared for the next one; status and terms stay.
    assertThat(accountsScreen.name().attribute("value")).isEmpty();
    assertThat(accountsScreen.industry().attribute("value")).isEmpty();
    assertThat(accountsScreen.paymentTermDaysInput().attribute("value")).isEqualTo("30");

    JsonArray found =
        accountManager
            .get("accounts?size=200&q=" + name.substring(name.indexOf('-') + 1))
            .json()
            .getJsonArray("items");
    assertThat(found).hasSize(1);
    long id = found.getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject created = accountManager.get("accounts/" + id).json();
    assertThat(created.getString("name")).isEqualTo(name);
    assertThat(created.getString("industry")).isEqualTo("Printing");
    assertThat(created.getInt("employees")).isEqualTo(12);
    assertThat(created.getString("status")).isEqualTo("PROSPECT");
    assertThat(created.getInt("paymentTermDays")).isEqualTo(30);

    browser.open("accounts/account.xhtml?id=" + id);
    accountScreen.startEdit().click();
    // The edit form starts from the account as stored.
    assertThat(accountScreen.name().attribute("value")).isEqualTo(name);
    assertThat(accountScreen.industry().attribute("value")).isEqualTo("Printing");
    accountScreen.industry().retype("Packaging");
    accountScreen.paymentTermDaysInput().retype("15");
    accountScreen.save().click();
    accountScreen.editMessages().awaitText("The account was saved.");

    JsonObject saved = accountManager.get("accounts/" + id).json();
    assertThat(saved.getString("name")).isEqualTo(name);
    assertThat(saved.getString("industry")).isEqualTo("Packaging");
    assertThat(saved.getInt("employees")).isEqualTo(12);
    assertThat(saved.getInt("paymentTermDays")).isEqualTo(15);
    assertThat(saved.getJsonNumber("accountManagerId").longValue())
        .isEqualTo(created.getJsonNumber("accountManagerId").longValue());
  }
}
