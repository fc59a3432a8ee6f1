package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** Handing an account over to an account manager. Page: {@code accounts/handover.xhtml}. */
public final class HandoverScreen extends Screen {
  public HandoverScreen(Browser browser) {
    super(browser);
  }

  public Element accountManagerId() {
    return at("handoverForm:accountManagerId");
  }

  public Element handOver() {
    return at("handoverForm:handOver");
  }

  public Element note() {
    return at("handoverForm:note");
  }
}
