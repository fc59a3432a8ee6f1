package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.LoginLocksScreen;
import org.storecrm.it.screens.LoginScreen;
import org.storecrm.it.screens.TopBar;

/**
 * The form login's lock in headless Chromium: repeated wrong passwords end in the lock message,
 * which also refuses the right password, until an administrator lifts the lock on the Login locks
 * screen. The browser names its client address (the test server trusts X-Forwarded-For), so the
 * lock on the guesser's address holds no other test up.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class LoginLocksScreensIT {
  /**
   * config/microprofile-config.properties: storecrm.security.login-throttle.failures-before-lock
   */
  private static final int FAILURES_BEFORE_LOCK = 10;

  private final Browser browser;
  private final Layout layout;
  private final LoginScreen loginScreen;
  private final TopBar topBar;
  private final URI base;
  private final Api admin;

  LoginLocksScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.loginScreen = new LoginScreen(browser);
    this.topBar = new TopBar(browser);
    this.base = base;
    admin = Api.as(base, "admin", "demo");
  }

  @AfterEach
  void actAsTheUsualClientAgain() {
    browser.forwardedFor(null);
  }

  @Test
  void theLockMessageShowsUntilAnAdministratorLiftsTheLock() {
    String username = "screenlock." + PlatformApiIT.suffix();
    long store =
        Api.as(base, "consultant", "demo").get("me").json().getJsonNumber("storeId").longValue();
    assertThat(
            admin
                .post(
                    "users",
                    PlatformApiIT.newUser(username, "right-password-9", "CONSULTANT", store))
                .status())
        .isEqualTo(201);
    String guesser =
        "10.250." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    browser.forwardedFor(guesser);
    for (int i = 0; i < FAILURES_BEFORE_LOCK; i++) {
      browser.login(username, "wrong-" + i);
      assertThat(loginScreen.messages().text()).contains("the username or password is not correct");
    }
    browser.login(username, "right-password-9");
    assertThat(loginScreen.messages().text()).contains("signing in is locked");
    assertThat(browser.currentPath()).endsWith("/login.xhtml");

    // The administrator signs in from another address and lifts the user's lock on the screen.
    browser.forwardedFor("10.251.0.1");
    browser.login("admin", "demo");
    LoginLocksScreen locks = new LoginLocksScreen(browser).open();
    assertThat(locks.lists(username)).isTrue();
    assertThat(locks.lists(guesser)).isTrue();
    locks.lift(username);
    assertThat(new LoginLocksScreen(browser).open().lists(username)).isFalse();
    browser.logout();

    // From a fresh address the user is in again (their own guessing address stays locked).
    browser.forwardedFor("10.251.0.2");
    browser.login(username, "right-password-9");
    assertThat(topBar.logout().present()).isTrue();
    admin.delete("admin/login-locks/address:" + guesser);
  }

  @Test
  void aConsultantIsRefusedTheLoginLocksScreen() {
    browser.login("consultant", "demo");
    assertThat(layout.sidebar().text()).doesNotContain("Login locks").doesNotContain("登录锁定");
    browser.open("admin/login-locks.xhtml");
    assertThat(layout.error403().text()).isNotBlank();
  }
}
