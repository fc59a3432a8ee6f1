package org.storecrm.sales;

import java.time.YearMonth;

/**
 * Filters of the opportunity list; null fields do not filter. A consultant always sees their own
 * opportunities (a {@code consultantId} of someone else finds nothing); a manager the store's; head
 * office every store's, or one store's with {@code storeId}.
 *
 * @param closeMonth the month the opportunity is expected to close in
 * @param openedMonth the month it was opened in (the funnel's cohort)
 */
public record OpportunityFilter(
    Stage stage,
    Long consultantId,
    Category category,
    YearMonth closeMonth,
    YearMonth openedMonth,
    Long customerId,
    Long accountId,
    Long storeId) {
  public static OpportunityFilter none() {
    return new OpportunityFilter(null, null, null, null, null, null, null, null);
  }
}
