package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * What a return refunds for goods a module above sales prices itself (services: a plan is refunded
 * pro rata over the part of its term not used). Sales asks every implementation (CDI beans) in the
 * return's transaction, per returned line; the first answer counts, never more than sales' own
 * share of what the line paid. None (or an empty answer) keeps sales' own share.
 */
public interface ReturnPricing {
  Optional<BigDecimal> refund(Returned returned);

  /**
   * Units of one line coming back.
   *
   * @param quantity how many come back now
   * @param returnedBefore how many came back with earlier returns
   * @param paidShare what sales refunds for them by itself (their share of what the line paid)
   */
  record Returned(
      long orderId,
      long lineId,
      long productId,
      Category category,
      int quantity,
      int lineQuantity,
      int returnedBefore,
      BigDecimal paidShare,
      Instant returnedAt) {

    /** Nothing of the line is left with the customer after this return. */
    public boolean wholeLine() {
      return returnedBefore + quantity >= lineQuantity;
    }
  }
}
