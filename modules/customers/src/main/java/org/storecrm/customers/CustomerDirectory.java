package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * Customer cards, their grades and contacts, scoped to the caller's store (another store's customer
 * is not found). Registering a phone that is already a customer of the store is refused as a
 * conflict that names the existing card's id.
 */
public interface CustomerDirectory {
  CustomerCard register(@NotNull @Valid NewCustomer customer);

  /**
   * Customers whose phone starts with {@code text} (when it is digits) or whose name contains it;
   * sortable by name, phone, registeredAt, nextFollowUpDue. Unsorted, a phone search comes in phone
   * order (its index's, so a page is read without sorting every match) and the rest by name.
   */
  Page<CustomerSummary> find(String text, PageRequest page);

  /** {@link #find(String, PageRequest)} within one membership tier (its key; null: any tier). */
  Page<CustomerSummary> find(String text, String tier, PageRequest page);

  CustomerCard get(long id);

  /**
   * The names of those of these customers the caller may see, by id: one query for the rows of
   * another module's list (at most {@link PageRequest#MAX_SIZE} ids).
   */
  Map<Long, String> names(@NotNull Collection<Long> ids);

  /**
   * Who these customers are (store, name, phone, type), by id, in one query (at most {@link
   * #MAX_IDENTITIES} ids). For sweeps, which run without a caller (the accounts module's weekly
   * scan of store sales): no store scope applies and no REST resource answers with it.
   */
  Map<Long, BuyerIdentity> identities(@NotNull Collection<Long> ids);

  int MAX_IDENTITIES = 1000;

  /**
   * The ids of up to {@code limit} (at most {@link PageRequest#MAX_SIZE}) of the store's person
   * customers, the earliest registered first. For the demo data of the modules above (their demo
   * cases need real cards), which seeds without a caller: no store scope applies and no REST
   * resource answers with it.
   */
  List<Long> demoClients(long storeId, int limit);

  /**
   * Whether this customer is on the given store's books and the caller may see it: a sale in one
   * store names only that store's customers.
   */
  boolean isCustomerOf(long customerId, long storeId);

  /** Edits the card's details; a stale {@code version} is refused. */
  CustomerCard update(long id, @NotNull @Valid CustomerChanges changes);

  /** Sets the grade; the next follow-up is scheduled from the grade's cadence. */
  CustomerCard grade(long id, @NotNull @Valid GradeChange change);

  ContactView logContact(long customerId, @NotNull @Valid NewContact contact);

  /** The card's timeline, newest first (a card has tens of contacts, not thousands). */
  List<ContactView> contacts(long customerId, int limit);
}
