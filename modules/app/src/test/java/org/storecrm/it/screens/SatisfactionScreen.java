package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * Customer satisfaction: the period's figures, the month chart and the open recovery tasks. Page:
 * {@code customers/satisfaction.xhtml}.
 */
public final class SatisfactionScreen extends Screen {
  public SatisfactionScreen(Browser browser) {
    super(browser);
  }

  public Element monthChart() {
    return at("periodForm:monthChart");
  }

  public Element overallAverage() {
    return at("overall-average");
  }

  public Element overallRecoveries() {
    return at("overall-recoveries");
  }

  public Element overallSurveys() {
    return at("overall-surveys");
  }

  public Element recoveries() {
    return at("recoveryForm:recoveries");
  }
}
