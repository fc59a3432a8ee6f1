package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The customer list. Page: {@code customers/list.xhtml}. */
public final class CustomerListScreen extends Screen {
  public CustomerListScreen(Browser browser) {
    super(browser);
  }

  public Element customers() {
    return at("customersForm:customers");
  }

  public Element customersGlobalFilter() {
    return at("customersForm:customers:globalFilter");
  }

  public Element customersTierFilter() {
    return at("customersForm:customers:tierFilter");
  }
}
