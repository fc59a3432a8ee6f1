package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** A product's printed attach checklist. Page: {@code bundles/checklist-print.xhtml}. */
public final class ChecklistSheetScreen extends Screen {
  public ChecklistSheetScreen(Browser browser) {
    super(browser);
  }

  public Element lines() {
    return at("sheet-lines");
  }

  public Element product() {
    return at("sheet-product");
  }
}
