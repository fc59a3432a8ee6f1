package org.storecrm.services.internal.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The numbers of a plan offer: what a day of cover costs and what a repair costs without it. */
final class PlanOffers {
  private PlanOffers() {}

  /** Days of cover from {@code start}: the term's, or for lifetime plans the refund term's. */
  static long days(LocalDate start, Integer termMonths, int lifetimeMonths) {
    LocalDate end = ContractTerms.end(start, termMonths == null ? lifetimeMonths : termMonths);
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** The plan's price per day of cover, to the cent (at least 0.01 for a paid plan). */
  static BigDecimal perDay(BigDecimal price, long days) {
    BigDecimal perDay = price.divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    return price.signum() > 0 && perDay.signum() == 0 ? new BigDecimal("0.01") : perDay;
  }

  /** A repair without the plan: the share (percent) of the device's price, whole yuan. */
  static BigDecimal repairCost(BigDecimal devicePrice, BigDecimal sharePercent) {
    return devicePrice
        .multiply(sharePercent)
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
  }
}
