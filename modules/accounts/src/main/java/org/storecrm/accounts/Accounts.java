package org.storecrm.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * Business-client accounts (客户增值), scoped to the caller's store: another store's account is not
 * found. Account managers, managers and head office keep them; consultants read them (to sell on
 * credit at the counter).
 */
public interface Accounts {
  AccountView create(@NotNull @Valid NewAccount account);

  AccountView get(long id);

  /** Sortable by name (default), status, paymentTermDays. */
  Page<AccountSummary> find(@NotNull AccountFilter filter, @NotNull PageRequest page);
}
