package org.storecrm.sales.internal.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.storecrm.sales.internal.checkout.LinePricing;

/**
 * What a return of part of a line refunds: its share of what the line cost the customer, so that
 * the refunds of a line returned in parts add up to exactly what was paid (the last part takes the
 * rest of the rounding).
 */
final class ReturnArithmetic {
  private ReturnArithmetic() {}

  /**
   * @param lineNet what the customer paid for the whole line
   * @param quantity the line's quantity
   * @param returnedBefore units of the line already returned
   * @param refundedBefore the amount already refunded for them
   * @param returning units being returned now
   */
  static BigDecimal refund(
      BigDecimal lineNet,
      int quantity,
      int returnedBefore,
      BigDecimal refundedBefore,
      int returning) {
    if (returning < 1 || returnedBefore + returning > quantity) {
      throw new IllegalArgumentException(
          "cannot return " + returning + " of " + (quantity - returnedBefore) + " left");
    }
    if (returnedBefore + returning == quantity) {
      return lineNet.subtract(refundedBefore).setScale(LinePricing.SCALE, RoundingMode.HALF_UP);
    }
    return lineNet
        .multiply(BigDecimal.valueOf(returning))
        .divide(BigDecimal.valueOf(quantity), LinePricing.SCALE, RoundingMode.HALF_UP);
  }
}
