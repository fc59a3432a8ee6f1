package org.storecrm.accounts;

import java.math.BigDecimal;

/**
 * Open amounts by days past the due date: not yet due, 1–30, 31–60, 61–90 and more than 90 days
 * overdue.
 */
public record Aging(
    BigDecimal current,
    BigDecimal days1to30,
    BigDecimal days31to60,
    BigDecimal days61to90,
    BigDecimal over90) {

  public static Aging zero() {
    BigDecimal z = BigDecimal.ZERO.setScale(2);
    return new Aging(z, z, z, z, z);
  }

  public BigDecimal total() {
    return current.add(days1to30).add(days31to60).add(days61to90).add(over90);
  }

  public BigDecimal overdue() {
    return days1to30.add(days31to60).add(days61to90).add(over90);
  }
}
