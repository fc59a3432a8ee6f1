package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The accounts list and the new-account form. Page: {@code accounts/accounts.xhtml}. */
public final class AccountsScreen extends Screen {
  public AccountsScreen(Browser browser) {
    super(browser);
  }

  /** The accounts list's form. */
  public Element list() {
    return at("listForm");
  }

  public Element create() {
    return at("newForm:create");
  }

  public Element employeesInput() {
    return at("newForm:employees_input");
  }

  public Element industry() {
    return at("newForm:industry");
  }

  public Element messages() {
    return at("newForm:messages");
  }

  public Element name() {
    return at("newForm:name");
  }

  public Element paymentTermDaysInput() {
    return at("newForm:paymentTermDays_input");
  }
}
