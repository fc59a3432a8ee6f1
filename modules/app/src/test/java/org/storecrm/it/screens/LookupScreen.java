package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** Looking up the coverage of a serial number. Page: {@code services/lookup.xhtml}. */
public final class LookupScreen extends Screen {
  public LookupScreen(Browser browser) {
    super(browser);
  }

  public Element coverage() {
    return at("lookupForm:coverage");
  }

  public Element lookUp() {
    return at("lookupForm:lookUp");
  }

  public Element notCovered() {
    return at("lookupForm:notCovered");
  }

  public Element serial() {
    return at("lookupForm:serial");
  }
}
