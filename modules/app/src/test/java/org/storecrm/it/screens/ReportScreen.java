package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * {@code sales/performance.xhtml}: The sales reports (performance, target-actual, retention,
 * funnel, daily, commission): one layout, one form.
 */
public final class ReportScreen extends Screen {
  public ReportScreen(Browser browser) {
    super(browser);
  }

  public Element chart() {
    return at("reportForm:chart");
  }

  public Element export() {
    return at("reportForm:export");
  }

  public Element months() {
    return at("reportForm:months");
  }

  public Element rows() {
    return at("reportForm:rows");
  }

  public Element show() {
    return at("reportForm:show");
  }

  public Element stages() {
    return at("reportForm:stages");
  }

  public Element stagesReached(int row) {
    return at("reportForm:stages:" + row + ":reached");
  }

  public Element stagesStageLink(int row) {
    return at("reportForm:stages:" + row + ":stageLink");
  }

  public Element yearInput() {
    return at("reportForm:year_input");
  }

  public Element mineCommission() {
    return at("mine-commission");
  }

  public Element mineNet() {
    return at("mine-net");
  }

  public Element mineSold() {
    return at("mine-sold");
  }

  public Element mineTarget() {
    return at("mine-target");
  }
}
