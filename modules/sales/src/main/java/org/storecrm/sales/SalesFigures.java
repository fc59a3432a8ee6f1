package org.storecrm.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

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

  /**
   * The service-card penetration of the orders sold in consecutive periods ({@code boundaries} as
   * in {@link #attach}): one figure per store, seller and period with eligible devices or devices
   * sold with a plan. Two grouped queries: the eligible units over the order lines here, the
   * covered devices by the plans' module ({@link PlanCoverageFigures}). {@code storeId} null means
   * the caller's store (all stores for head office).
   */
  List<PenetrationFigure> penetration(
      @NotNull @Size(min = 2, max = 61) List<@NotNull Instant> boundaries, Long storeId);

  /**
   * The customers of every store who bought in {@code [recentFrom, to)}, with what they bought in
   * {@code [from, to)}: orders, multi-unit orders ({@code multiUnitMin} or more kept units of
   * {@code categories} in one order) and kept units of those categories; ordered by store and
   * customer. Computed in one grouped query. For sweeps, which run without a caller (the accounts
   * module's weekly scan): ids and counts only, no REST resource answers with it.
   */
  List<BuyerFigure> buyers(
      @NotNull Instant from,
      @NotNull Instant recentFrom,
      @NotNull Instant to,
      @NotNull Set<Category> categories,
      int multiUnitMin);
}
