package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * the administrator's login locks, their rows and "Lift lock". Page: {@code
 * admin/login-locks.xhtml}.
 */
public final class LoginLocksScreen extends Screen {
  public LoginLocksScreen(Browser browser) {
    super(browser);
  }

  public LoginLocksScreen open() {
    browser.open("admin/login-locks.xhtml");
    browser.awaitText("page-title", "Login locks");
    return this;
  }

  public Element locks() {
    return at("locksForm:locks");
  }

  public Element subject(int row) {
    return at("locksForm:locks:" + row + ":subjectText");
  }

  public Element lift(int row) {
    return at("locksForm:locks:" + row + ":lift");
  }

  public Element messages() {
    return at("locksForm:messages");
  }

  /** Whether a row names this user name or address. */
  public boolean lists(String subject) {
    return rowOf(subject) >= 0;
  }

  /** Presses the row's "Lift lock" and waits for the confirmation. */
  public void lift(String subject) {
    int row = rowOf(subject);
    if (row < 0) {
      throw new AssertionError("no lock on " + subject + " in " + locks().text());
    }
    lift(row).click();
    messages().awaitText("The lock on");
  }

  private int rowOf(String subject) {
    for (int row = 0; subject(row).present(); row++) {
      if (subject(row).text().equals(subject)) {
        return row;
      }
    }
    return -1;
  }
}
