package org.storecrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * Opportunities of the sales funnel, scoped to the caller's store (another store's is not found). A
 * move keeps the customer's intent grade consistent (quoted: at least A; ordered: O) and a loss
 * records the customers module's lost sale, all in one transaction. A consultant opens and moves
 * only their own opportunities (others are refused with {@code sales.opportunityNotYours});
 * managers and head office any of the store's. A business account's opportunities (docs/domain.md,
 * "Opportunities") move the same way; they have no customer grade or lost-sale record to keep, and
 * account managers open and move their own, of accounts only.
 */
public interface Opportunities {
  /** The source of business accounts' opportunities: {@link #funnel} with it is their funnel. */
  String ACCOUNT_SOURCE = "ACCOUNT";

  OpportunityView open(@NotNull @Valid NewOpportunity opportunity);

  OpportunityView get(long id);

  /**
   * Forward only, or to LOST from any open stage; a delivered or lost one is closed. A stale {@code
   * version} is refused.
   */
  OpportunityView move(long id, @NotNull @Valid StageMove move);

  /**
   * The list, filtered, paged and sorted in the database: sortable by openedAt (the default),
   * expectedClose, stageAt, budget.
   */
  Page<OpportunitySummary> find(@NotNull OpportunityFilter filter, @NotNull PageRequest page);

  /** The customer's opportunities, newest first. */
  List<OpportunityView> ofCustomer(long customerId);

  /** A business account's opportunities, newest first; another store's account is not found. */
  List<OpportunityView> ofAccount(long accountId);

  /**
   * The opportunities of the party named: the customer when {@code customerId} is given, else the
   * business account; naming neither is refused (field {@code customerId}). The one rule for the
   * API's {@code GET /opportunities} and any screen listing by either party.
   */
  List<OpportunityView> ofCustomerOrAccount(Long customerId, Long accountId);

  /** The store's funnel for the month; {@code storeId} only for head office. */
  Funnel funnel(@NotNull YearMonth month, Long storeId, Long consultantId, String source);
}
