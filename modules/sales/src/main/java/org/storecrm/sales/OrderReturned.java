package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Goods of a sale came back: fired by the sales module, which owns it, inside the return's
 * transaction, after the return's rows are written (services ends the returned devices' contracts
 * and cancels returned plans, accounts credits the invoice). An observer that throws refuses the
 * return.
 *
 * @param refund what this return refunds in all (CNY, positive)
 */
public record OrderReturned(
    long orderId,
    long storeId,
    Long customerId,
    Long accountId,
    Payment payment,
    Instant returnedAt,
    BigDecimal refund,
    List<Line> lines) {

  public OrderReturned {
    lines = List.copyOf(lines);
  }

  /**
   * One returned line.
   *
   * @param quantity how many came back with this return
   * @param refund what this return refunds for the line (CNY)
   * @param serials the devices the line named when it was sold
   * @param wholeLineReturned true when nothing of the line is left with the customer
   */
  public record Line(
      long lineId,
      long productId,
      Category category,
      int quantity,
      BigDecimal refund,
      List<String> serials,
      boolean wholeLineReturned) {
    public Line {
      serials = List.copyOf(serials);
    }
  }
}
