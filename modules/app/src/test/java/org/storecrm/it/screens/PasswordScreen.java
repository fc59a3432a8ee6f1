package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** Changing one's own password. Page: {@code account/password.xhtml}. */
public final class PasswordScreen extends Screen {
  public PasswordScreen(Browser browser) {
    super(browser);
  }

  public Element change() {
    return at("passwordForm:change");
  }

  public Element currentPassword() {
    return at("passwordForm:currentPassword");
  }

  public Element currentPasswordMessage() {
    return at("passwordForm:currentPassword_message");
  }

  public Element messages() {
    return at("passwordForm:messages");
  }

  public Element newPassword() {
    return at("passwordForm:newPassword");
  }

  public Element repeatedPassword() {
    return at("passwordForm:repeatedPassword");
  }

  public Element repeatedPasswordMessage() {
    return at("passwordForm:repeatedPassword_message");
  }
}
