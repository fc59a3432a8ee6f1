package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The leads referred by VIPs, by kind and per VIP. Page: {@code customers/referrals.xhtml}. */
public final class ReferralsScreen extends Screen {
  public ReferralsScreen(Browser browser) {
    super(browser);
  }

  public Element exportVips() {
    return at("periodForm:exportVips");
  }

  public Element kindChart() {
    return at("periodForm:kindChart");
  }

  public Element kinds() {
    return at("periodForm:kinds");
  }

  public Element leadsTotal() {
    return at("leadsTotal");
  }

  public Element vips() {
    return at("periodForm:vips");
  }
}
