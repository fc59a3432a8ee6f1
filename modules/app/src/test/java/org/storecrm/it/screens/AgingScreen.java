package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** Receivables aging. Page: {@code accounts/aging.xhtml}. */
public final class AgingScreen extends Screen {
  public AgingScreen(Browser browser) {
    super(browser);
  }

  public Element accounts() {
    return at("agingForm:accounts");
  }

  public Element chart() {
    return at("agingForm:chart");
  }

  public Element export() {
    return at("agingForm:export");
  }

  public Element managers() {
    return at("agingForm:managers");
  }
}
