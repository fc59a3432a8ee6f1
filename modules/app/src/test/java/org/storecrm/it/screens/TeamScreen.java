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
}
