package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The dispatch board. Page: {@code services/board.xhtml}. */
public final class BoardScreen extends Screen {
  public BoardScreen(Browser browser) {
    super(browser);
  }

  public Element queue() {
    return at("boardForm:queue");
  }
}
