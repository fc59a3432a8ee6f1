package org.storecrm.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * Business-client accounts (客户增值), scoped to the caller's store: another store's account is not
 * found. Account managers, managers and head office keep them; consultants read them (to sell on
 * credit at the counter).
 */
public interface Accounts {
  AccountView create(@NotNull @Valid NewAccount account);

  /**
   * Changes an account (status prospect → active → key, terms, credit limit, account manager,
   * contacts). A lower credit limit applies from the next credit sale; the hold is the sweep's.
   */
  AccountView update(long id, @NotNull @Valid AccountChanges changes);

  AccountView get(long id);

  /** The active account managers of the account's store, by id, in name order (its edit form). */
  Map<Long, String> accountManagersOf(long id);

  /** Sortable by name (default), status, paymentTermDays. */
  Page<AccountSummary> find(@NotNull AccountFilter filter, @NotNull PageRequest page);
}
