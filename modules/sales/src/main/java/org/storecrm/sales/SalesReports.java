package org.storecrm.sales;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The store manager's monthly and daily sales reports, for the caller's store ({@code storeId} only
 * for head office; another store is not found). MANAGER and ADMIN.
 */
public interface SalesReports {
  /** The store's line first, then each consultant with a target or any result in the month. */
  List<TargetActualRow> targetVsActual(@NotNull YearMonth month, Long storeId);

  /** Every consultant with a sale, refund or logged customer work that day. */
  List<DailyActivityRow> dailyActivity(@NotNull LocalDate day, Long storeId);

  /** Every consultant who holds customers or did anything in the month. */
  List<PerformanceRow> performance(@NotNull YearMonth month, Long storeId);
}
