package org.storecrm.accounts;

import java.time.LocalDate;
import java.util.List;

/**
 * Receivables aging as of a day, for the caller's stores (or one store, one account manager): the
 * total, and the same buckets per store, per account manager and per account (the accounts with the
 * most open first, at most {@code accountRows}).
 */
public record AgingReport(
    LocalDate asOf,
    Aging total,
    List<Row> byStore,
    List<Row> byAccountManager,
    List<Row> byAccount,
    boolean accountsTruncated) {
  public AgingReport {
    byStore = List.copyOf(byStore);
    byAccountManager = List.copyOf(byAccountManager);
    byAccount = List.copyOf(byAccount);
  }

  /** One group: its id (store, account manager or account; null for no account manager). */
  public record Row(Long id, String name, Aging aging) {}
}
