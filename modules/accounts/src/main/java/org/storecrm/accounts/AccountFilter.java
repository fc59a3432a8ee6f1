package org.storecrm.accounts;

/**
 * Filters of the account list, each optional: a name prefix or part, a status, an account manager,
 * only accounts on credit hold, a store (head office).
 */
public record AccountFilter(
    String q, AccountStatus status, Long accountManagerId, Boolean creditHold, Long storeId) {
  public static AccountFilter all() {
    return new AccountFilter(null, null, null, null, null);
  }
}
