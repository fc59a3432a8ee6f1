package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * {@code accounts/visit-progress.xhtml}: Visit progress and the account funnel per account manager.
 */
public final class VisitProgressScreen extends Screen {
  public VisitProgressScreen(Browser browser) {
    super(browser);
  }

  public Element chart() {
    return at("progressForm:chart");
  }

  public Element export() {
    return at("progressForm:export");
  }

  public Element funnelChart() {
    return at("progressForm:funnelChart");
  }

  public Element funnelStages() {
    return at("progressForm:funnelStages");
  }

  public Element managers() {
    return at("progressForm:managers");
  }

  public Element show() {
    return at("progressForm:show");
  }

  public Element to() {
    return at("progressForm:to");
  }

  public Element toMessage() {
    return at("progressForm:to_message");
  }
}
