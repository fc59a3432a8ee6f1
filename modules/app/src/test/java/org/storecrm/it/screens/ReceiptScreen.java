package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** A sale's receipt. Page: {@code sales/receipt.xhtml}. */
public final class ReceiptScreen extends Screen {
  public ReceiptScreen(Browser browser) {
    super(browser);
  }

  public Element address() {
    return at("receipt-address");
  }

  public Element customer() {
    return at("receipt-customer");
  }

  public Element lines() {
    return at("receipt-lines");
  }

  public Element mainOrder() {
    return at("receipt-main-order");
  }

  /**
   * An after-sale offer a module contributes, by its id ({@code giftPacks}, {@code
   * checklist-<product>}).
   */
  public Element offer(String offerId) {
    return at("offer-" + offerId);
  }

  public Element order() {
    return at("receipt-order");
  }

  public Element payment() {
    return at("receipt-payment");
  }

  public Element planOffers() {
    return at("receipt-plan-offers");
  }

  public Element receipt() {
    return at("receipt");
  }

  public Element returnGoods() {
    return at("returnGoods");
  }

  public Element store() {
    return at("receipt-store");
  }

  public Element total() {
    return at("receipt-total");
  }
}
