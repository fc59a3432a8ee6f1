package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The home page and its cards. Page: {@code index.xhtml}. */
public final class HomeScreen extends Screen {
  public HomeScreen(Browser browser) {
    super(browser);
  }

  public Element cards() {
    return at("home-cards");
  }

  public Element followUpsDueFigure() {
    return at("card-followups-due-figure");
  }

  public Element mySalesFigure() {
    return at("card-sales-mine-figure");
  }
}
