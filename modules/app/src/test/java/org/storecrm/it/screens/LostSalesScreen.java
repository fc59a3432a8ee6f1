package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The lost-sale analysis. Page: {@code customers/lost-sales.xhtml}. */
public final class LostSalesScreen extends Screen {
  public LostSalesScreen(Browser browser) {
    super(browser);
  }

  public Element categories() {
    return at("periodForm:categories");
  }

  public Element competitors() {
    return at("periodForm:competitors");
  }

  public Element exportCompetitors() {
    return at("periodForm:exportCompetitors");
  }

  public Element reasonChart() {
    return at("periodForm:reasonChart");
  }
}
