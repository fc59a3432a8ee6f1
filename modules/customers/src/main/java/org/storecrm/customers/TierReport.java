package org.storecrm.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Members per membership tier, their spend in the rolling window and this month's moves up and
 * down, lowest tier first.
 *
 * @param storeId the store, or null for the whole chain (head office)
 * @param windowFrom spend since then counts
 * @param monthFrom the first day of this month (store calendar): moves since then count
 */
public record TierReport(
    Long storeId, Instant windowFrom, LocalDate monthFrom, List<TierRow> tiers) {
  public TierReport {
    tiers = List.copyOf(tiers);
  }
}
