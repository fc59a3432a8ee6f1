package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The manager's team follow-ups and reassignment. Page: {@code customers/team.xhtml}. */
public final class TeamScreen extends Screen {
  public TeamScreen(Browser browser) {
    super(browser);
  }

  public Element grade() {
    return at("reassignForm:grade");
  }

  public Element intentStatus() {
    return at("reassignForm:intentStatus");
  }

  public Element load() {
    return at("load");
  }

  public Element loadChart() {
    return at("loadChart");
  }

  // --- escalated follow-ups ---------------------------------------------------------------

  public Element closeEscalated() {
    return at("escalatedForm:closeEscalated");
  }

  public Element escalated() {
    return at("escalatedForm:escalated");
  }

  public Element escalatedMessages() {
    return at("escalatedForm:escalatedMessages");
  }

  /** The heading with the number of escalated follow-ups. */
  public Element escalatedTitle() {
    return at("escalatedTitle");
  }

  /** The reason for closing an escalated follow-up. */
  public Element escalatedReason() {
    return at("escalatedForm:reason");
  }

  /** Selects the escalated follow-up of a row (from 0) by clicking its second cell. */
  public void selectEscalated(int row) {
    browser.script(
        "document.querySelector(\"[id='escalatedForm:escalated_data'] tr[data-ri='"
            + row
            + "'] td:nth-child(2)\").click()");
  }
}
