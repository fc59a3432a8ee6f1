package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** An account manager's visit plan and visit log. Page: {@code accounts/visit-plan.xhtml}. */
public final class VisitPlanScreen extends Screen {
  public VisitPlanScreen(Browser browser) {
    super(browser);
  }

  public Element accountId() {
    return at("visitForm:accountId");
  }

  public Element budget() {
    return at("visitForm:budget");
  }

  public Element canUse() {
    return at("visitForm:canUse");
  }

  public Element forWhat() {
    return at("visitForm:forWhat");
  }

  public Element kind() {
    return at("visitForm:kind");
  }

  public Element logVisit() {
    return at("visitForm:logVisit");
  }

  public Element nextStep() {
    return at("visitForm:nextStep");
  }

  public Element values() {
    return at("visitForm:values");
  }

  public Element whoUses() {
    return at("visitForm:whoUses");
  }

  public Element coldTarget() {
    return at("coldTarget");
  }

  public Element planned() {
    return at("planned");
  }
}
