package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * Complaints, scoped to the caller's store (another store's complaint is not found). A complaint is
 * logged on a card or, from the hotline, with the caller's name and phone only (the card is linked
 * later). Logging one is acknowledged at once with its number and deadline ({@code
 * storecrm.customers. complaint-deadline-hours} after it was opened). Only the owner or a manager
 * changes one (anyone else is refused with a rule violation, HTTP 422); resolving needs a
 * resolution, the compensation given and the root cause, and opens the satisfaction callback in the
 * store manager's follow-up queue ({@code storecrm.customers.complaint-callback-hours} later),
 * whose completion records the "complaint closed" survey. Unresolved complaints past their deadline
 * are escalated to the store manager by the follow-up sweep.
 */
public interface Complaints {
  ComplaintView log(@NotNull @Valid NewComplaint complaint);

  /** Sortable by deadline (default), openedAt, status. */
  Page<ComplaintView> find(@NotNull ComplaintFilter filter, PageRequest page);

  ComplaintView get(long id);

  /** A stale {@code version} is refused as changed by someone else. */
  ComplaintView update(long id, @NotNull @Valid ComplaintChanges changes);

  /**
   * Links a complaint logged without a card to a card of its store (another store's card is not
   * found); its callback, recovery tasks and surveys move to the card. A complaint already on a
   * card is a conflict; only the owner or a manager links.
   */
  ComplaintView linkCard(long id, @NotNull @Valid ComplaintCardLink link);
}
