package org.storecrm.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Aggregates over the orders for the reports of modules above sales, computed in the database.
 * Managers see their own store, head-office administrators any or all.
 */
public interface SalesFigures {
  /**
   * The attach figures of the orders sold in consecutive periods, in one query: {@code boundaries}
   * are the periods' starts in ascending order followed by the last one's end (so n + 1 instants
   * for n periods, e.g. the starts of months); one figure per store, seller, period and main
   * category, plus one per store, seller and period for accessories sold without a main product.
   * {@code storeId} null means the caller's store (all stores for head office).
   */
  List<AttachFigure> attach(
      @NotNull @Size(min = 2, max = 61) List<@NotNull Instant> boundaries, Long storeId);
}
