package org.storecrm.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walk-in company buyers handed by store staff to an account manager of their store. Consultants
 * and managers hand over; the account manager works their own queue (a store manager and head
 * office see and work every queue of their reach). Another store's handover or customer is not
 * found, and so is another account manager's handover for an account manager.
 */
public interface Handovers {
  HandoverView handOver(@NotNull @Valid NewHandover handover);

  /**
   * The caller's queue (account managers) or the store's (filtered by {@code accountManagerId});
   * {@code status} null means open ones; newest first, at most {@code limit}.
   */
  List<HandoverView> queue(Long accountManagerId, HandoverStatus status, int limit);

  HandoverView get(long id);

  /** The customer's open handover, if any (the customer card). */
  Optional<HandoverView> openFor(long customerId);

  /** The active account managers of the customer's store, by name: id → name. */
  Map<Long, String> accountManagersFor(long customerId);

  AccountView convert(long id, @NotNull @Valid HandoverConversion conversion);

  HandoverView dismiss(long id, @NotBlank @Size(max = 500) String reason);

  /**
   * Runs the weekly scan of store sales for business buyers now (administrators): each new find
   * goes to an account manager of its store, listed once ever.
   */
  SmbScanReport runSmbScan();
}
