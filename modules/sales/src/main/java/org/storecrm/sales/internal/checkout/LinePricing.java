package org.storecrm.sales.internal.checkout;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of one order line, in money of scale 2: what the customer pays, how far below the
 * list price that is (the discount the limit applies to), and the margin over the cost.
 */
public final class LinePricing {
  public static final int SCALE = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private LinePricing() {}

  /**
   * @param listPrice the catalogue price per unit
   * @param unitPrice the price charged per unit, or null for the list price
   * @param discount an amount off the whole line, or null for none; at most the line's gross
   */
  public static Priced price(
      BigDecimal listPrice,
      BigDecimal unitCost,
      int quantity,
      BigDecimal unitPrice,
      BigDecimal discount) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1");
    }
    BigDecimal list = money(listPrice);
    BigDecimal unit = unitPrice == null ? list : money(unitPrice);
    BigDecimal off = discount == null ? money(BigDecimal.ZERO) : money(discount);
    BigDecimal gross = unit.multiply(BigDecimal.valueOf(quantity));
    if (off.signum() < 0 || unit.signum() < 0) {
      throw new IllegalArgumentException("prices and discounts cannot be negative");
    }
    if (off.compareTo(gross) > 0) {
      throw new IllegalArgumentException("the discount exceeds the line");
    }
    BigDecimal net = money(gross.subtract(off));
    BigDecimal listGross = list.multiply(BigDecimal.valueOf(quantity));
    BigDecimal belowList = listGross.subtract(net);
    BigDecimal percent =
        listGross.signum() == 0 || belowList.signum() <= 0
            ? BigDecimal.ZERO.setScale(SCALE)
            : belowList.multiply(HUNDRED).divide(listGross, SCALE, RoundingMode.HALF_UP);
    BigDecimal cost = money(unitCost);
    BigDecimal margin = money(net.subtract(cost.multiply(BigDecimal.valueOf(quantity))));
    return new Priced(list, unit, off, net, cost, margin, percent);
  }

  /** A component of a gift pack: its list price, less what the pack takes off to its share. */
  static Priced packLine(
      BigDecimal listPrice, BigDecimal unitCost, int quantity, BigDecimal share) {
    BigDecimal list = money(listPrice);
    BigDecimal listGross = list.multiply(BigDecimal.valueOf(quantity));
    BigDecimal net = money(share);
    if (net.compareTo(listGross) > 0 || net.signum() < 0) {
      throw new IllegalArgumentException("a pack's share is between zero and the list price");
    }
    BigDecimal cost = money(unitCost);
    BigDecimal margin = money(net.subtract(cost.multiply(BigDecimal.valueOf(quantity))));
    BigDecimal percent =
        listGross.signum() == 0
            ? BigDecimal.ZERO.setScale(SCALE)
            : listGross
                .subtract(net)
                .multiply(HUNDRED)
                .divide(listGross, SCALE, RoundingMode.HALF_UP);
    return new Priced(list, list, money(listGross.subtract(net)), net, cost, margin, percent);
  }

  public static BigDecimal money(BigDecimal amount) {
    return amount.setScale(SCALE, RoundingMode.HALF_UP);
  }

  /**
   * @param discountPercent how far the net is below the list price, in percent (0 when at or above)
   */
  public record Priced(
      BigDecimal listPrice,
      BigDecimal unitPrice,
      BigDecimal discount,
      BigDecimal net,
      BigDecimal unitCost,
      BigDecimal margin,
      BigDecimal discountPercent) {}
}
