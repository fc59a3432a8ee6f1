package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * Importing a catalogue CSV: preview, errors, import. Page: {@code sales/catalogue-import.xhtml}.
 */
public final class CatalogueImportScreen extends Screen {
  public CatalogueImportScreen(Browser browser) {
    super(browser);
  }

  public Element back() {
    return at("importForm:back");
  }

  public Element csvFileInput() {
    return at("importForm:csvFile_input");
  }

  public Element errors() {
    return at("importForm:errors");
  }

  public Element importRows() {
    return at("importForm:import");
  }

  public Element preview() {
    return at("importForm:preview");
  }

  public Element errorsTitle() {
    return at("errorsTitle");
  }

  public Element resultText() {
    return at("resultText");
  }

  public Element summary() {
    return at("summary");
  }
}
