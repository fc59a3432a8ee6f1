package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * What every page shows around its content: the title, the side menu and its toggle, the error
 * pages. Page: {@code templates/layout.xhtml, error/*.xhtml}.
 */
public final class Layout extends Screen {
  public Layout(Browser browser) {
    super(browser);
  }

  public Element backHome() {
    return at("backHome");
  }

  public Element error403() {
    return at("error-403");
  }

  public Element error404() {
    return at("error-404");
  }

  public Element error500() {
    return at("error-500");
  }

  public Element errorExpired() {
    return at("error-expired");
  }

  public Element menuToggle() {
    return at("menu-toggle");
  }

  public Element sidebar() {
    return at("sidebar");
  }

  public Element title() {
    return at("page-title");
  }
}
