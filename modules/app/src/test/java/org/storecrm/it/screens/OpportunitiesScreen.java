package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * {@code sales/opportunities.xhtml}: Opportunities: the list with its filters, stage moves, losses,
 * and a new one.
 */
public final class OpportunitiesScreen extends Screen {
  public OpportunitiesScreen(Browser browser) {
    super(browser);
  }

  public Element applyFilters() {
    return at("listForm:applyFilters");
  }

  public Element budgetInput() {
    return at("newForm:budget_input");
  }

  public Element category() {
    return at("newForm:category");
  }

  public Element competitor() {
    return at("listForm:competitor");
  }

  public Element confirmLoss() {
    return at("listForm:confirmLoss");
  }

  public Element filterCategory() {
    return at("listForm:filterCategory");
  }

  public Element filterStage() {
    return at("listForm:filterStage");
  }

  public Element lostReasonId() {
    return at("listForm:lostReasonId");
  }

  public Element lostReasonIdMessage() {
    return at("listForm:lostReasonId_message");
  }

  public Element open() {
    return at("newForm:open");
  }

  public Element openedMonth() {
    return at("listForm:openedMonth");
  }

  public Element opportunities() {
    return at("listForm:opportunities");
  }

  public Element opportunitiesAdvance(int row) {
    return at("listForm:opportunities:" + row + ":advance");
  }

  public Element opportunitiesLose(int row) {
    return at("listForm:opportunities:" + row + ":lose");
  }

  public Element opportunitiesStage(int row) {
    return at("listForm:opportunities:" + row + ":stage");
  }

  public Element customerCard() {
    return at("customerCard");
  }
}
