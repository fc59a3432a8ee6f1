package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * A consultant's follow-up queue and the completion form. Page: {@code customers/follow-ups.xhtml}.
 */
public final class FollowUpsScreen extends Screen {
  public FollowUpsScreen(Browser browser) {
    super(browser);
  }

  public Element due() {
    return at("queueForm:due");
  }

  public Element outcome() {
    return at("completeForm:outcome");
  }

  public Element overdue() {
    return at("queueForm:overdue");
  }

  public Element overdueOpen(int row) {
    return at("queueForm:overdue:" + row + ":open");
  }

  public Element save() {
    return at("completeForm:save");
  }
}
