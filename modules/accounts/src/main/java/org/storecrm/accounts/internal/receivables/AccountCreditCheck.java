package org.storecrm.accounts.internal.receivables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.InvoiceStatus;
import org.storecrm.accounts.internal.AccountsTexts;
import org.storecrm.accounts.internal.accounts.Account;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Money;
import org.storecrm.sales.CreditCheck;

/**
 * The one credit check every credit sale passes (the counter, the API, gift packs, history imports:
 * sales calls it from the order's transaction). It locks the account's row for the rest of that
 * transaction, so two credit sales of one account are judged one after the other and cannot pass
 * the limit together, and a payment or the sweep waits for the sale. Refused: another store's or
 * unknown account, a prospect, an account on credit hold, an account with an overdue invoice (even
 * before the sweep has put it on hold), and a sale that would take the open invoices past the
 * credit limit.
 */
@ApplicationScoped
public class AccountCreditCheck implements CreditCheck {
  @PersistenceContext EntityManager em;
  @Inject CurrentUser user;
  @Inject Clock clock;

  @Override
  public Decision check(long accountId, long storeId, Money amount) {
    Locale locale = user.locale();
    Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    if (account == null || account.storeId() != storeId) {
      return Decision.refuse(AccountsTexts.format(locale, "credit.unknown", str(accountId)));
    }
    if (account.status() == AccountStatus.PROSPECT) {
      return Decision.refuse(AccountsTexts.format(locale, "credit.prospect", account.name()));
    }
    if (account.creditHold()) {
      return Decision.refuse(AccountsTexts.holdReason(account, locale));
    }
    LocalDate today = LocalDate.now(clock);
    List<Invoice> overdue =
        em.createQuery(
                "select i from Invoice i where i.accountId = :account and i.status = :open"
                    + " and i.disputeReason is null and i.dueOn < :today order by i.dueOn, i.id",
                Invoice.class)
            .setParameter("account", accountId)
            .setParameter("open", InvoiceStatus.OPEN)
            .setParameter("today", today)
            .setMaxResults(1)
            .getResultList();
    if (!overdue.isEmpty()) {
      Invoice first = overdue.get(0);
      return Decision.refuse(
          AccountsTexts.format(
              locale,
              "credit.overdue",
              str(first.id()),
              String.valueOf(first.dueOn().plusDays(1))));
    }
    if (account.creditLimit() != null) {
      BigDecimal open =
          em.createQuery(
                  "select coalesce(sum(i.openAmount), 0) from Invoice i"
                      + " where i.accountId = :account and i.status = :open",
                  BigDecimal.class)
              .setParameter("account", accountId)
              .setParameter("open", InvoiceStatus.OPEN)
              .getSingleResult();
      BigDecimal exposure = open.add(amount.amount());
      if (exposure.compareTo(account.creditLimit()) > 0) {
        return Decision.refuse(
            AccountsTexts.format(
                locale,
                "credit.limit",
                open.setScale(2).toPlainString(),
                amount.amount().setScale(2).toPlainString(),
                account.creditLimit().setScale(2).toPlainString()));
      }
    }
    return Decision.approve();
  }

  private static String str(long id) {
    return String.valueOf(id);
  }
}
