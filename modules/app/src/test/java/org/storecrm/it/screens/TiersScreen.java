package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The membership tier report. Page: {@code customers/tiers.xhtml}. */
public final class TiersScreen extends Screen {
  public TiersScreen(Browser browser) {
    super(browser);
  }

  public Element export() {
    return at("tiersForm:export");
  }

  public Element tierChart() {
    return at("tiersForm:tierChart");
  }

  public Element tierSummary() {
    return at("tier-summary");
  }

  public Element tiers() {
    return at("tiersForm:tiers");
  }
}
