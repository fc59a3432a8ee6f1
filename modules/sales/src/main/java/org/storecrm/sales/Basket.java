package org.storecrm.sales;

import java.util.List;

/**
 * A basket as advisors see it: its products, the customer when known (null for a walk-in) and the
 * store it is sold in (null when a head-office caller asks for advice without naming one).
 */
public record Basket(List<BasketItem> items, Long customerId, Long storeId) {
  public Basket {
    items = List.copyOf(items);
  }
}
