package org.storecrm.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A completed sale as the buyer's card records it: what {@link CustomerPurchases#recordSale} is
 * given by the sales module, inside the order's transaction. A value, never an entity.
 *
 * @param customerId null for an anonymous walk-in sale (nothing to record on a card)
 * @param revenue what the customer paid (CNY), for their lifetime value
 * @param margin revenue less cost (CNY)
 * @param items what was bought, as values: the card lists products owned without reading sales
 */
public record Purchase(
    long orderId,
    Long customerId,
    long storeId,
    long consultantId,
    Instant soldAt,
    BigDecimal revenue,
    BigDecimal margin,
    List<Item> items) {

  public Purchase {
    items = List.copyOf(items);
  }

  /**
   * @param category the sales category name (e.g. NOTEBOOK), so the card can tell main products
   *     from accessories
   */
  public record Item(long productId, String sku, String name, String category, int quantity) {}
}
