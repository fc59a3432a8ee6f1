package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The registers and sources report. Page: {@code customers/registers.xhtml}. */
public final class RegistersScreen extends Screen {
  public RegistersScreen(Browser browser) {
    super(browser);
  }

  public Element days() {
    return at("periodForm:days");
  }

  public Element entries() {
    return at("periodForm:entries");
  }

  public Element entryKind() {
    return at("periodForm:entryKind");
  }

  public Element entryWithDetails() {
    return at("periodForm:entryWithDetails");
  }

  public Element exportDays() {
    return at("periodForm:exportDays");
  }

  public Element filterEntries() {
    return at("periodForm:filterEntries");
  }

  public Element funnel() {
    return at("periodForm:funnel");
  }

  public Element registerChart() {
    return at("periodForm:registerChart");
  }
}
