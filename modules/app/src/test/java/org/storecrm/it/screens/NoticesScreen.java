package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** Notices. Page: {@code notices.xhtml}. */
public final class NoticesScreen extends Screen {
  public NoticesScreen(Browser browser) {
    super(browser);
  }

  public Element markAllRead() {
    return at("noticesForm:markAllRead");
  }

  public Element notices() {
    return at("noticesForm:notices");
  }
}
