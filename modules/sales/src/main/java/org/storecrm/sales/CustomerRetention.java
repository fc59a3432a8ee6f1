package org.storecrm.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/** Whether customers come back: the store's retention and repeat purchase rate per month. */
public interface CustomerRetention {
  /**
   * The months of the year up to the current one, for the caller's store (head office names one).
   * Returned orders do not count as purchases. MANAGER or ADMIN.
   */
  List<RetentionMonth> byMonth(@Min(2000) @Max(2100) int year, Long storeId);
}
