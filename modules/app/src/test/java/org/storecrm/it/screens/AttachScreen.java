package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * {@code bundles/attach.xhtml}: The attach-rate figures (KPIs) per store, category, consultant and
 * technician.
 */
public final class AttachScreen extends Screen {
  public AttachScreen(Browser browser) {
    super(browser);
  }

  public Element categories() {
    return at("kpiForm:categories");
  }

  public Element consultantChart() {
    return at("kpiForm:consultantChart");
  }

  public Element export() {
    return at("kpiForm:export");
  }

  public Element exportCategories() {
    return at("kpiForm:exportCategories");
  }

  public Element exportStores() {
    return at("kpiForm:exportStores");
  }

  public Element exportTechnicians() {
    return at("kpiForm:exportTechnicians");
  }

  public Element refresh() {
    return at("kpiForm:refresh");
  }

  public Element storeId() {
    return at("kpiForm:storeId");
  }

  public Element stores() {
    return at("kpiForm:stores");
  }

  public Element totalLabel(int row) {
    return at("kpiForm:total:" + row + ":label");
  }

  public Element totalMainSales(int row) {
    return at("kpiForm:total:" + row + ":mainSales");
  }

  /** A cell of the stores' table: the row (from 0) and the column's id (e.g. mainSales). */
  public Element storesCell(int row, String column) {
    return at("kpiForm:stores:" + row + ":" + column);
  }
}
