package org.storecrm.sales;

import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;

/**
 * Commission by tiered schedule per role, on net revenue against the month's revenue target.
 * Everyone who sells reads their own; a manager reads the store's (another store is not found).
 */
public interface Commissions {
  /** The caller's own statement for the month. */
  CommissionStatement mine(@NotNull YearMonth month);

  /** Every seller of the store with a sale, refund or target in the month (MANAGER, ADMIN). */
  List<CommissionStatement> store(@NotNull YearMonth month, Long storeId);
}
