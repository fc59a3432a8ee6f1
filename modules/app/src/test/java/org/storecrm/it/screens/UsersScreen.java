package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The users list. Page: {@code admin/users.xhtml}. */
public final class UsersScreen extends Screen {
  public UsersScreen(Browser browser) {
    super(browser);
  }

  public Element users() {
    return at("usersForm:users");
  }

  public Element usersGlobalFilter() {
    return at("usersForm:users:globalFilter");
  }
}
