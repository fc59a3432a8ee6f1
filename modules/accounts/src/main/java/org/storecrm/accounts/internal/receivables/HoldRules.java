package org.storecrm.accounts.internal.receivables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.storecrm.accounts.InvoiceStatus;
import org.storecrm.accounts.internal.accounts.Account;

/**
 * Lifts a credit hold when nothing overdue is left: every overdue invoice paid in full (or credited
 * by returns). Called in the payment's (or return's) transaction with the account's row locked.
 */
@ApplicationScoped
public class HoldRules {
  @PersistenceContext EntityManager em;

  /** True when the hold was lifted now. */
  public boolean liftIfClear(Account account, LocalDate today) {
    if (!account.creditHold()) {
      return false;
    }
    long overdue =
        em.createQuery(
                "select count(i) from Invoice i where i.accountId = :account and i.status = :open"
                    + " and i.disputeReason is null and i.dueOn < :today",
                Long.class)
            .setParameter("account", account.id())
            .setParameter("open", InvoiceStatus.OPEN)
            .setParameter("today", today)
            .getSingleResult();
    if (overdue > 0) {
      return false;
    }
    account.liftHold();
    return true;
  }
}
