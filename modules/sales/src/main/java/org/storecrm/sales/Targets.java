package org.storecrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;

/**
 * Monthly targets (revenue, units, new leads, attach rate, service cards) per consultant and per
 * store. Everyone of the store reads them; a store manager (or head office) sets them. Another
 * store is not found; {@code storeId} is for head-office callers and may be null for store staff.
 */
public interface Targets {
  /** The store row first, then the consultants' rows by consultant id. */
  List<TargetView> month(@NotNull YearMonth month, Long storeId);

  /** Sets the rows of the sheet (MANAGER, ADMIN); answers the whole month. */
  List<TargetView> set(@NotNull YearMonth month, @NotNull @Valid TargetSheet sheet);

  /** Removes one row (MANAGER, ADMIN); {@code consultantId} null removes the store's row. */
  void remove(@NotNull YearMonth month, Long storeId, Long consultantId);
}
