package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The pricing-role mix and the slow sellers. Page: {@code sales/pricing-mix.xhtml}. */
public final class PricingMixScreen extends Screen {
  public PricingMixScreen(Browser browser) {
    super(browser);
  }

  public Element slowSellers() {
    return at("slowForm:slowSellers");
  }

  public Element slowSellersClear(int row) {
    return at("slowForm:slowSellers:" + row + ":clear");
  }

  public Element slowSellersGlobalFilter() {
    return at("slowForm:slowSellers:globalFilter");
  }

  public Element mix() {
    return at("mix");
  }

  public Element mixChart() {
    return at("mixChart");
  }

  public Element slowExplain() {
    return at("slowExplain");
  }

  public Element slowTitle() {
    return at("slowTitle");
  }
}
