package org.storecrm.sales;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The business-client SPI, implemented by the accounts module (next to {@link CreditCheck}), so
 * that modules beside accounts (services: business clients go first in the service queue) learn of
 * an account without depending on it. Without an implementation nothing is known of any account.
 */
public interface BusinessAccounts {
  /**
   * The account as the caller's store sees it; empty when there is none or it is another store's.
   */
  Optional<AccountRef> find(long accountId);

  /** Display names of these accounts (ids the caller may see), for a page of rows. */
  Map<Long, String> names(Collection<Long> accountIds);

  /**
   * @param key a key account (docs/domain.md, "Business accounts"), which comes before other
   *     business clients
   */
  record AccountRef(long id, String name, long storeId, boolean key, boolean active) {}
}
