package org.storecrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;

/**
 * Opportunities of the sales funnel, scoped to the caller's store (another store's is not found). A
 * move keeps the customer's intent grade consistent (quoted: at least A; ordered: O) and a loss
 * records the customers module's lost sale, all in one transaction.
 */
public interface Opportunities {
  OpportunityView open(@NotNull @Valid NewOpportunity opportunity);

  OpportunityView get(long id);

  /** Forward only, or to LOST from any open stage; a delivered or lost one is closed. */
  OpportunityView move(long id, @NotNull @Valid StageMove move);

  /** The customer's opportunities, newest first. */
  List<OpportunityView> ofCustomer(long customerId);

  /** The store's funnel for the month; {@code storeId} only for head office. */
  Funnel funnel(@NotNull YearMonth month, Long storeId, Long consultantId, String source);
}
