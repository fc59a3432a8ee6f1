package org.storecrm.accounts.internal.receivables;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storecrm.accounts.Aging;
import org.storecrm.accounts.AgingReport;
import org.storecrm.accounts.InvoiceStatus;
import org.storecrm.accounts.InvoiceView;
import org.storecrm.accounts.NewPayment;
import org.storecrm.accounts.PaymentView;
import org.storecrm.accounts.Receivables;
import org.storecrm.accounts.ReceivablesSweepReport;
import org.storecrm.accounts.ReceivablesView;
import org.storecrm.accounts.internal.AccountsTexts;
import org.storecrm.accounts.internal.accounts.Account;
import org.storecrm.accounts.internal.accounts.AccountService;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;

/** Statements, payments, disputes and aging; the sweep on demand. */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
public class ReceivablesService implements Receivables {
  /** How many closed invoices a statement shows after the open ones. */
  private static final int CLOSED_SHOWN = 50;

  @PersistenceContext EntityManager em;
  @EJB AccountService accounts;
  @EJB ReceivablesSweepTimer sweepTimer;
  @Inject AgingQuery agingQuery;
  @Inject HoldRules holds;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public ReceivablesView statement(long accountId) {
    Account account = accounts.load(accountId);
    LocalDate today = LocalDate.now(clock);
    List<Invoice> open =
        em.createQuery(
                "select i from Invoice i where i.accountId = :account and i.status = :open"
                    + " order by i.dueOn, i.id",
                Invoice.class)
            .setParameter("account", accountId)
            .setParameter("open", InvoiceStatus.OPEN)
            .getResultList();
    List<Invoice> closed =
        em.createQuery(
                "select i from Invoice i where i.accountId = :account and i.status <> :open"
                    + " order by i.issuedOn desc, i.id desc",
                Invoice.class)
            .setParameter("account", accountId)
            .setParameter("open", InvoiceStatus.OPEN)
            .setMaxResults(CLOSED_SHOWN)
            .getResultList();
    Aging aging = Aging.zero();
    List<InvoiceView> invoices = new ArrayList<>();
    for (Invoice i : open) {
      aging = AgingBuckets.add(aging, i.dueOn(), today, i.openAmount());
      invoices.add(i.toView(today));
    }
    closed.forEach(i -> invoices.add(i.toView(today)));
    return new ReceivablesView(
        accountId,
        invoices,
        aging,
        account.creditHold(),
        account.creditHold() ? AccountsTexts.holdReason(account, user.locale()) : null);
  }

  /**
   * Spreads the payment over the named invoice or the oldest open ones (by due date), in one
   * transaction with the account's row locked (a credit sale of the same account waits); lifts the
   * credit hold when no overdue invoice is left open. More than is open is refused.
   */
  @Override
  public PaymentView pay(long accountId, NewPayment input) {
    accounts.load(accountId); // 404 for another store's
    Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    LocalDate today = LocalDate.now(clock);
    LocalDate paidOn = input.paidOn() == null ? today : input.paidOn();
    BigDecimal amount = input.amount().setScale(2, RoundingMode.HALF_UP);
    List<Invoice> targets;
    if (input.invoiceId() != null) {
      Invoice named = em.find(Invoice.class, input.invoiceId(), LockModeType.PESSIMISTIC_WRITE);
      if (named == null || named.accountId() != accountId) {
        throw new RecordNotFoundException(Invoice.RECORD_TYPE, input.invoiceId());
      }
      named.requireOpen();
      targets = List.of(named);
    } else {
      targets =
          em.createQuery(
                  "select i from Invoice i where i.accountId = :account and i.status = :open"
                      + " order by i.dueOn, i.id",
                  Invoice.class)
              .setParameter("account", accountId)
              .setParameter("open", InvoiceStatus.OPEN)
              .setLockMode(LockModeType.PESSIMISTIC_WRITE)
              .getResultList();
    }
    PaymentRecord payment =
        new PaymentRecord(
            accountId, account.storeId(), amount, paidOn, clock.instant(), user.username());
    List<PaymentView.Allocation> allocations = new ArrayList<>();
    payment
        .spreadOver(targets)
        .forEach(
            (invoice, part) ->
                allocations.add(
                    new PaymentView.Allocation(invoice.id(), part, invoice.openAmount())));
    em.persist(payment);
    audit.created(
        new AuditedRecord(PaymentRecord.RECORD_TYPE, payment.id(), account.storeId()),
        Map.of("accountId", accountId, "amount", amount, "paidOn", paidOn));
    em.flush();
    if (holds.liftIfClear(account, today)) {
      audit.action(
          new AuditedRecord(Account.RECORD_TYPE, accountId, account.storeId()),
          "creditHoldLifted",
          "payment " + payment.id());
    }
    em.flush();
    return new PaymentView(
        payment.id(), accountId, amount, paidOn, allocations, account.creditHold());
  }

  @Override
  public InvoiceView dispute(long accountId, long invoiceId, String reason) {
    accounts.load(accountId);
    Invoice invoice = em.find(Invoice.class, invoiceId);
    if (invoice == null || invoice.accountId() != accountId) {
      throw new RecordNotFoundException(Invoice.RECORD_TYPE, invoiceId);
    }
    invoice.dispute(reason);
    audit.action(
        new AuditedRecord(Invoice.RECORD_TYPE, invoiceId, invoice.storeId()),
        invoice.disputed() ? "disputed" : "undisputed",
        invoice.disputed() ? invoice.disputeReason() : "");
    em.flush();
    if (!invoice.disputed()) {
      // Back in the sweep's sight; a hold it warrants comes with the next run.
      return invoice.toView(LocalDate.now(clock));
    }
    holds.liftIfClear(
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE), LocalDate.now(clock));
    return invoice.toView(LocalDate.now(clock));
  }

  @Override
  public AgingReport aging(Long storeId, Long accountManagerId) {
    Long store = scope.limitedTo().orElse(storeId);
    if (storeId != null && !storeId.equals(store)) {
      throw new RecordNotFoundException("Store", storeId);
    }
    return agingQuery.report(LocalDate.now(clock), store, accountManagerId);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public ReceivablesSweepReport runSweep() {
    return sweepTimer.runNow();
  }
}
