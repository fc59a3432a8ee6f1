package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * An account's page: editing it, its opportunities, payments. Page: {@code accounts/account.xhtml}.
 */
public final class AccountScreen extends Screen {
  public AccountScreen(Browser browser) {
    super(browser);
  }

  public Element amountInput() {
    return at("paymentForm:amount_input");
  }

  public Element budgetInput() {
    return at("opportunityForm:budget_input");
  }

  public Element category() {
    return at("opportunityForm:category");
  }

  public Element editMessages() {
    return at("editForm:messages");
  }

  public Element industry() {
    return at("editForm:industry");
  }

  public Element name() {
    return at("editForm:name");
  }

  public Element open() {
    return at("opportunityForm:open");
  }

  public Element opportunities() {
    return at("opportunityForm:opportunities");
  }

  public Element opportunitiesAdvance(int row) {
    return at("opportunityForm:opportunities:" + row + ":advance");
  }

  public Element opportunityMessages() {
    return at("opportunityForm:messages");
  }

  public Element pay() {
    return at("paymentForm:pay");
  }

  public Element paymentTermDaysInput() {
    return at("editForm:paymentTermDays_input");
  }

  public Element save() {
    return at("editForm:save");
  }

  public Element startEdit() {
    return at("editForm:startEdit");
  }

  public Element accountName() {
    return at("accountName");
  }

  public Element manager() {
    return at("manager");
  }

  public Element source() {
    return at("source");
  }

  public Element creditHold() {
    return at("creditHold");
  }

  public Element invoices() {
    return at("invoices");
  }
}
