package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The consultants' monthly targets. Page: {@code sales/targets.xhtml}. */
public final class TargetsScreen extends Screen {
  public TargetsScreen(Browser browser) {
    super(browser);
  }

  public Element save() {
    return at("targetsForm:save");
  }

  /** The consultant's name in a row (from 0) of the targets table. */
  public Element name(int row) {
    return at("targetsForm:targets:" + row + ":name");
  }

  public Element revenue(int row) {
    return at("targetsForm:targets:" + row + ":revenue_input");
  }

  public Element units(int row) {
    return at("targetsForm:targets:" + row + ":units_input");
  }
}
