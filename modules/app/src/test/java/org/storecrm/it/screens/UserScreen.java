package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** An administrator's user form. Page: {@code admin/user.xhtml}. */
public final class UserScreen extends Screen {
  /** The form and the fields a forged post (ForgedPostbackIT) sends by hand. */
  public static final String FORM = "userForm";

  public static final String USERNAME = FORM + ":username";
  public static final String PASSWORD = FORM + ":password";
  public static final String FULL_NAME = FORM + ":fullName";
  public static final String ROLE_INPUT = FORM + ":role_input";
  public static final String SAVE = FORM + ":save";

  public UserScreen(Browser browser) {
    super(browser);
  }

  public Element fullName() {
    return at(FULL_NAME);
  }

  public Element password() {
    return at(PASSWORD);
  }

  public Element role() {
    return at("userForm:role");
  }

  public Element save() {
    return at(SAVE);
  }

  public Element storeId() {
    return at("userForm:storeId");
  }

  public Element username() {
    return at(USERNAME);
  }

  public Element usernameMessage() {
    return at("userForm:username_message");
  }
}
