package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The complaints list. Page: {@code customers/complaints.xhtml}. */
public final class ComplaintsScreen extends Screen {
  public ComplaintsScreen(Browser browser) {
    super(browser);
  }

  public Element complaints() {
    return at("complaintsForm:complaints");
  }

  public Element complaintsStatusFilter() {
    return at("complaintsForm:complaints:statusFilter");
  }

  /** The link to log a hotline complaint without a card. */
  public Element hotlineComplaint() {
    return at("hotlineComplaint");
  }
}
