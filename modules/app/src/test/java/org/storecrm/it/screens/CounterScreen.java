package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * {@code sales/checkout.xhtml}: The counter: customer lookup and registration, basket, attach
 * checklist, payment, and the dialog that lists unanswered checklist entries.
 */
public final class CounterScreen extends Screen {
  public CounterScreen(Browser browser) {
    super(browser);
  }

  public Element accountIdInput() {
    return at("counterForm:accountId_input");
  }

  public Element accountIdMessage() {
    return at("counterForm:accountId_message");
  }

  public Element addProduct() {
    return at("counterForm:addProduct");
  }

  public Element answerThem() {
    return at("unansweredForm:answerThem");
  }

  public Element candidates() {
    return at("counterForm:candidates");
  }

  public Element candidatesPick(int row) {
    return at("counterForm:candidates:" + row + ":pick");
  }

  public Element checklist() {
    return at("counterForm:checklist");
  }

  public Element checklistInBasket(int row) {
    return at("counterForm:checklist:" + row + ":inBasket");
  }

  public Element checklistOutcome(int row, int option) {
    return at("counterForm:checklist:" + row + ":outcome:" + option);
  }

  public Element confirmNotOffered() {
    return at("unansweredForm:confirmNotOffered");
  }

  public Element customerName() {
    return at("counterForm:customerName");
  }

  public Element customerResult() {
    return at("counterForm:customerResult");
  }

  public Element findCustomer() {
    return at("counterForm:findCustomer");
  }

  public Element lines() {
    return at("counterForm:lines");
  }

  public Element linesPrintChecklist(int row) {
    return at("counterForm:lines:" + row + ":printChecklist");
  }

  public Element linesSerial(int row) {
    return at("counterForm:lines:" + row + ":serial");
  }

  public Element linesSerialMessage(int row) {
    return at("counterForm:lines:" + row + ":serial_message");
  }

  public Element messages() {
    return at("counterForm:messages");
  }

  public Element payment() {
    return at("counterForm:payment");
  }

  public Element phone() {
    return at("counterForm:phone");
  }

  public Element productQuery() {
    return at("counterForm:productQuery");
  }

  public Element receiptLink() {
    return at("counterForm:receiptLink");
  }

  public Element registerCustomer() {
    return at("counterForm:registerCustomer");
  }

  public Element registrationName() {
    return at("counterForm:registration:name");
  }

  public Element registrationNameMessage() {
    return at("counterForm:registration:name_message");
  }

  public Element registrationRegister() {
    return at("counterForm:registration:register");
  }

  public Element registrationRegisterPanel() {
    return at("counterForm:registration:registerPanel");
  }

  public Element submit() {
    return at("counterForm:submit");
  }

  public Element total() {
    return at("counterForm:total");
  }

  public Element unansweredDialog() {
    return at("unansweredForm:unansweredDialog");
  }

  /**
   * What pressing "Complete sale" would post now, to be sent again with {@link Browser#resend} (a
   * double click, a browser's resend).
   */
  public java.util.List<Object> submitPost() {
    return browser.formPost("counterForm", submit().id());
  }

  /** The row (from 0) of the checklist whose entry names this text; -1 when none does. */
  public int checklistRow(String text) {
    Object row =
        browser.script(
            "const rows = Array.from(document.querySelectorAll("
                + "\"[id='counterForm:checklist_data'] > tr\"));"
                + "return rows.findIndex(r => r.textContent.includes(arguments[0]));",
            text);
    return ((Number) row).intValue();
  }

  /** Types the SKU (or words) into the product search and presses "Add". */
  public void add(String skuOrWords) {
    productQuery().type(skuOrWords);
    addProduct().click();
  }

  /** Types the phone and presses "Find". */
  public void findCustomer(String phone) {
    phone().type(phone);
    findCustomer().click();
  }

  /**
   * Presses "Complete sale" and confirms, in the dialog, the unanswered checklist as not offered.
   */
  public void submitConfirmingNotOffered() {
    submit().click();
    confirmNotOffered().click();
  }
}
