package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, language, staff administration and role limits, in headless Chromium. */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class PlatformScreensIT {
  private final Browser browser;

  PlatformScreensIT(Browser browser) {
    this.browser = browser;
  }

  @Test
  void aWrongPasswordShowsOneClearMessage() {
    browser.login("admin", "wrong-password");
    assertThat(browser.text("loginForm:messages"))
        .contains("the username or password is not correct");
    assertThat(browser.currentPath()).endsWith("/login.xhtml");
  }

  @Test
  void loginInEnglishThenSwitchToChinese() {
    browser.open("login.xhtml");
    browser.click("languageForm:lang-en");
    String before = browser.sessionCookie();
    browser.login("admin", "demo");
    assertThat(browser.text("page-title")).isEqualTo("Home");
    assertThat(browser.text("sidebar")).contains("Administration", "Staff");
    assertThat(browser.sessionCookie()).as("session id changes at login").isNotEqualTo(before);

    browser.click("topbarForm:lang-zh");
    browser.awaitText("page-title", "首页");
    assertThat(browser.text("sidebar")).contains("系统管理", "员工");
    assertThat(browser.text("topbar-store")).isEqualTo("总部");

    browser.click("topbarForm:lang-en");
    browser.awaitText("page-title", "Home");
  }

  @Test
  void anAdminCreatesAStaffMember() {
    String username = "screen." + Long.toString(System.nanoTime(), 36);
    submitNewConsultant(username, "赵敏");
    browser.awaitText("page-title", "Staff");
    browser.awaitPageText("Staff member " + username + " saved.");
    browser.type("usersForm:users:globalFilter", username);
    browser.awaitText("usersForm:users", "赵敏");
  }

  @Test
  void aTakenUsernameIsShownNextToTheField() {
    submitNewConsultant("consultant", "Duplicate");
    browser.awaitText("userForm:username_message", "already taken");
    assertThat(browser.currentPath()).endsWith("/admin/user.xhtml");
  }

  @Test
  void aConsultantIsRefusedTheAdministrationScreens() {
    browser.login("consultant", "demo");
    assertThat(browser.text("sidebar")).doesNotContain("Administration").doesNotContain("系统管理");
    browser.open("admin/users.xhtml");
    assertThat(browser.text("error-403")).isNotBlank();
    browser.open("admin/stores.xhtml");
    assertThat(browser.waitFor("error-403").isDisplayed()).isTrue();
  }

  /** As the administrator: fills the new-staff form for a plaza-store consultant and saves. */
  private void submitNewConsultant(String username, String fullName) {
    browser.login("admin", "demo");
    browser.open("admin/user.xhtml");
    browser.type("userForm:username", username);
    browser.type("userForm:password", "s3cret-pass");
    browser.type("userForm:fullName", fullName);
    browser.select("userForm:role", "Sales consultant");
    browser.select("userForm:storeId", "Chengdu Tianfu Plaza Store");
    browser.click("userForm:save");
  }
}
