package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The product catalogue with its CSV import and export. Page: {@code sales/catalogue.xhtml}. */
public final class CatalogueScreen extends Screen {
  public CatalogueScreen(Browser browser) {
    super(browser);
  }

  public Element exportCsv() {
    return at("catalogueForm:exportCsv");
  }

  public Element importCsv() {
    return at("catalogueForm:importCsv");
  }

  public Element products() {
    return at("catalogueForm:products");
  }

  public Element productsGlobalFilter() {
    return at("catalogueForm:products:globalFilter");
  }
}
