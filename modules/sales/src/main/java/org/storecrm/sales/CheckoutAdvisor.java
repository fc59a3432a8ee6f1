package org.storecrm.sales;

import java.util.List;

/**
 * The checkout SPI: modules above sales (bundles, services) implement it as CDI beans to put their
 * attach checklist and service offers in front of the consultant. Called within the checkout's
 * transaction, for every basket; none present is normal.
 */
public interface CheckoutAdvisor {
  /** Suggestions for the basket's main products; an empty list when there are none. */
  List<Suggestion> advise(List<BasketItem> basket);

  /**
   * Suggestions knowing the customer and the store (e.g. to leave out what the customer just
   * bought, or to put in-stock items first). Must answer the same codes for the same basket and
   * customer at the advice and at the order, which checks the answers against them.
   */
  default List<Suggestion> advise(Basket basket) {
    return advise(basket.items());
  }
}
