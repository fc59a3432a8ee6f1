package org.storecrm.it;

/** The administrator's "Login locks" screen: its rows and their "Lift lock" buttons. */
final class LoginLocksPage {
  private static final String TABLE = "locksForm:locks";
  private final Browser browser;

  LoginLocksPage(Browser browser) {
    this.browser = browser;
  }

  LoginLocksPage open() {
    browser.open("admin/login-locks.xhtml");
    browser.awaitText("page-title", "Login locks");
    return this;
  }

  /** Whether a row names this user name or address. */
  boolean lists(String subject) {
    return rowOf(subject) >= 0;
  }

  /** Presses the row's "Lift lock" and waits for the confirmation. */
  void lift(String subject) {
    int row = rowOf(subject);
    if (row < 0) {
      throw new AssertionError("no lock on " + subject + " in " + browser.text(TABLE));
    }
    browser.click(TABLE + ":" + row + ":lift");
    browser.awaitText("locksForm:messages", "The lock on");
  }

  private int rowOf(String subject) {
    for (int row = 0; browser.present(TABLE + ":" + row + ":subjectText"); row++) {
      if (browser.text(TABLE + ":" + row + ":subjectText").equals(subject)) {
        return row;
      }
    }
    return -1;
  }
}
