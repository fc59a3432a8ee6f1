package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account's own fields in both forms that hold them: the new-account form of the list and the
 * edit form of the account's page. (Saving the edit form, an action after the Ajax "edit", is what
 * a "required" id view parameter used to stop silently.)
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class AccountFormsScreensIT {
  private final Browser browser;
  private final Api accountManager;

  AccountFormsScreensIT(Browser browser, URI base) {
    this.browser = browser;
    accountManager = Api.as(base, "accounts", "demo");
  }

  @Test
  void anAccountIsCreatedFromTheListAndEditedOnItsPage() {
    String name = AccountsFixture.unique("Form Trading");
    browser.login("accounts", "demo");
    browser.open("accounts/accounts.xhtml");
    browser.type("newForm:name", name);
    browser.type("newForm:industry", "Printing");
    browser.type("newForm:employees_input", "12");
    browser.click("newForm:create");
    browser.awaitText("newForm:messages", "Account " + name + " created.");
    // What is particular to the account is cleared for the next one; status and terms stay.
    assertThat(browser.attribute("newForm:name", "value")).isEmpty();
    assertThat(browser.attribute("newForm:industry", "value")).isEmpty();
    assertThat(browser.attribute("newForm:paymentTermDays_input", "value")).isEqualTo("30");

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
    browser.click("editForm:startEdit");
    // The edit form starts from the account as stored.
    assertThat(browser.attribute("editForm:name", "value")).isEqualTo(name);
    assertThat(browser.attribute("editForm:industry", "value")).isEqualTo("Printing");
    browser.retype("editForm:industry", "Packaging");
    browser.retype("editForm:paymentTermDays_input", "15");
    browser.click("editForm:save");
    browser.awaitText("editForm:messages", "The account was saved.");

    JsonObject saved = accountManager.get("accounts/" + id).json();
    assertThat(saved.getString("name")).isEqualTo(name);
    assertThat(saved.getString("industry")).isEqualTo("Packaging");
    assertThat(saved.getInt("employees")).isEqualTo(12);
    assertThat(saved.getInt("paymentTermDays")).isEqualTo(15);
    assertThat(saved.getJsonNumber("accountManagerId").longValue())
        .isEqualTo(created.getJsonNumber("accountManagerId").longValue());
  }
}
