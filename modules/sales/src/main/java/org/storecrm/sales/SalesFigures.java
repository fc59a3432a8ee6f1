package org.storecrm.sales;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * Aggregates over the orders for the reports of modules above sales, computed in the database.
 * Managers see their own store, head-office administrators any or all.
 */
public interface SalesFigures {
  /**
   * The attach figures of main sales sold in [from, to), one per store, consultant and main
   * category; {@code storeId} null means the caller's store (all stores for head office).
   */
  List<AttachFigure> attach(@NotNull Instant from, @NotNull Instant to, Long storeId);
}
