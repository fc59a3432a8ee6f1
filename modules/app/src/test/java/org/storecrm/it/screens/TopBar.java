package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * Every signed-in page's top bar: language, notices, logout. Page: {@code templates/layout.xhtml}.
 */
public final class TopBar extends Screen {
  /** The logout button, which {@link Browser#login} waits for as the sign of a session. */
  public static final String LOGOUT = "topbarForm:logout";

  public TopBar(Browser browser) {
    super(browser);
  }

  public Element langEn() {
    return at("topbarForm:lang-en");
  }

  public Element langZh() {
    return at("topbarForm:lang-zh");
  }

  public Element logout() {
    return at(LOGOUT);
  }

  public Element notices() {
    return at("topbarForm:topbar-notices");
  }

  public Element store() {
    return at("topbar-store");
  }
}
