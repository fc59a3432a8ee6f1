package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The login page: user name, password, the language links. Page: {@code login.xhtml}. */
public final class LoginScreen extends Screen {
  /**
   * The form and its fields' ids, also posted by hand (a forged post) and used by {@link
   * Browser#login}.
   */
  public static final String FORM = "loginForm";

  public static final String USERNAME = FORM + ":username";
  public static final String PASSWORD = FORM + ":password";
  public static final String LOGIN = FORM + ":login";
  public static final String MESSAGES = FORM + ":messages";

  public LoginScreen(Browser browser) {
    super(browser);
  }

  public Element langEn() {
    return at("languageForm:lang-en");
  }

  public Element login() {
    return at(LOGIN);
  }

  public Element messages() {
    return at(MESSAGES);
  }

  public Element password() {
    return at(PASSWORD);
  }

  public Element username() {
    return at(USERNAME);
  }
}
