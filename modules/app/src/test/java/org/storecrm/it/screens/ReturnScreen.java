package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** Goods coming back on an order. Page: {@code sales/return.xhtml}. */
public final class ReturnScreen extends Screen {
  public ReturnScreen(Browser browser) {
    super(browser);
  }

  public Element backToReceipt() {
    return at("returnForm:backToReceipt");
  }

  public Element lines() {
    return at("returnForm:lines");
  }

  public Element linesQuantityInput(int row) {
    return at("returnForm:lines:" + row + ":quantity_input");
  }

  public Element linesQuantityMessage(int row) {
    return at("returnForm:lines:" + row + ":quantity_message");
  }

  public Element linesReturnedQuantity(int row) {
    return at("returnForm:lines:" + row + ":returnedQuantity");
  }

  public Element messages() {
    return at("returnForm:messages");
  }

  public Element reason() {
    return at("returnForm:reason");
  }

  public Element submit() {
    return at("returnForm:submit");
  }

  /** What pressing "Return" would post now, to be sent again with {@link Browser#resend}. */
  public java.util.List<Object> submitPost() {
    return browser.formPost("returnForm", submit().id());
  }

  public Element order() {
    return at("return-order");
  }

  public Element status() {
    return at("return-status");
  }
}
