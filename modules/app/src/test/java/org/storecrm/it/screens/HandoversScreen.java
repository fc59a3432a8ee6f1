package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The handover queue. Page: {@code accounts/handovers.xhtml}. */
public final class HandoversScreen extends Screen {
  public HandoversScreen(Browser browser) {
    super(browser);
  }

  public Element industry() {
    return at("queueForm:industry");
  }

  public Element queue() {
    return at("queueForm:queue");
  }

  public Element queueConvert(int row) {
    return at("queueForm:queue:" + row + ":convert");
  }
}
