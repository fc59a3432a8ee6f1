package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** Service plans and their editor. Page: {@code services/plans.xhtml}. */
public final class ServicePlansScreen extends Screen {
  public ServicePlansScreen(Browser browser) {
    super(browser);
  }

  public Element code() {
    return at("planEditForm:code");
  }

  public Element costInput() {
    return at("planEditForm:cost_input");
  }

  public Element coverage() {
    return at("planEditForm:coverage");
  }

  public Element eligibleCategories(int option) {
    return at("planEditForm:eligibleCategories:" + option);
  }

  public Element eligibleCategoriesMessage() {
    return at("planEditForm:eligibleCategories_message");
  }

  public Element messages() {
    return at("planEditForm:messages");
  }

  public Element name() {
    return at("planEditForm:name");
  }

  public Element nameZh() {
    return at("planEditForm:nameZh");
  }

  public Element newPlan() {
    return at("planEditForm:newPlan");
  }

  public Element plans() {
    return at("planEditForm:plans");
  }

  public Element priceInput() {
    return at("planEditForm:price_input");
  }

  public Element save() {
    return at("planEditForm:save");
  }

  public Element termMonthsInput() {
    return at("planEditForm:termMonths_input");
  }
}
