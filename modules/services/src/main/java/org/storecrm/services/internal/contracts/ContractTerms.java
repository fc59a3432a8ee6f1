package org.storecrm.services.internal.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The arithmetic of a contract's term: its last day, whether it covers a day, and what a return of
 * the plan refunds (pro rata over the days not used).
 */
final class ContractTerms {
  private ContractTerms() {}

  /**
   * The last day covered: a term of n months from the sale ends the day before the same date n
   * months later (a 12-month plan sold on 5 March covers to 4 March next year); null for lifetime.
   */
  static LocalDate end(LocalDate start, Integer termMonths) {
    return termMonths == null ? null : start.plusMonths(termMonths).minusDays(1);
  }

  /**
   * Whether a contract covers a day: within its term, and before the day it was cancelled or ended
   * (null: still in force).
   */
  static boolean covers(LocalDate start, LocalDate end, LocalDate closedOn, LocalDate day) {
    return !day.isBefore(start)
        && (end == null || !day.isAfter(end))
        && (closedOn == null || day.isBefore(closedOn));
  }

  /**
   * What a return of the plan on {@code returnedOn} refunds of the {@code paid} amount: the share
   * of the term's days not used yet (the day of the sale counts as unused, so a return the same day
   * refunds all; a term already over refunds nothing). A lifetime plan is refunded as if its term
   * were {@code lifetimeMonths}.
   */
  static BigDecimal refund(
      BigDecimal paid, LocalDate start, LocalDate end, LocalDate returnedOn, int lifetimeMonths) {
    LocalDate last = end == null ? end(start, lifetimeMonths) : end;
    long total = ChronoUnit.DAYS.between(start, last) + 1;
    long used = Math.max(0, ChronoUnit.DAYS.between(start, returnedOn));
    long unused = Math.max(0, total - used);
    return paid.multiply(BigDecimal.valueOf(unused))
        .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
  }
}
