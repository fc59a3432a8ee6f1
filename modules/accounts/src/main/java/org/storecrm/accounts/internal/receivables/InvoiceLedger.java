package org.storecrm.accounts.internal.receivables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.accounts.internal.accounts.Account;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;

/**
 * Raises an invoice for every account-credit sale and credits it for returns, in the sale's or the
 * return's transaction (the sales module's events are observed there). An invoice is issued on the
 * day of the sale in the chain's zone (a history import brings a past day) and due by the account's
 * terms from it.
 */
@ApplicationScoped
public class InvoiceLedger {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject HoldRules holds;

  public Invoice raise(
      Long orderId, long accountId, long storeId, BigDecimal amount, Instant soldAt) {
    Account account = em.find(Account.class, accountId);
    LocalDate issuedOn = LocalDate.ofInstant(soldAt, clock.getZone());
    Invoice invoice =
        new Invoice(
            accountId,
            storeId,
            orderId,
            amount.setScale(2, RoundingMode.HALF_UP),
            issuedOn,
            account.paymentTermDays());
    em.persist(invoice);
    audit.created(
        new AuditedRecord(Invoice.RECORD_TYPE, invoice.id(), storeId),
        java.util.Map.of(
            "accountId",
            accountId,
            "orderId",
            orderId == null ? "imported" : orderId,
            "amount",
            invoice.amount(),
            "dueOn",
            invoice.dueOn()));
    return invoice;
  }

  /**
   * A return of goods sold on credit takes the refund off the invoice's open amount (never below
   * zero: what was already paid is the store's refund to make); an invoice left with nothing open
   * is closed as credited, and the account's hold is lifted when nothing overdue remains.
   */
  public void credit(long orderId, BigDecimal refund, Instant returnedAt) {
    List<Invoice> found =
        em.createQuery("select i from Invoice i where i.orderId = :order", Invoice.class)
            .setParameter("order", orderId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (found.isEmpty()) {
      return;
    }
    Invoice invoice = found.get(0);
    if (!invoice.open()) {
      return;
    }
    LocalDate today = LocalDate.ofInstant(returnedAt, clock.getZone());
    BigDecimal credited = invoice.creditReturn(refund, today);
    audit.action(
        new AuditedRecord(Invoice.RECORD_TYPE, invoice.id(), invoice.storeId()),
        "credited",
        credited.toPlainString());
    em.flush();
    Account account = em.find(Account.class, invoice.accountId(), LockModeType.PESSIMISTIC_WRITE);
    holds.liftIfClear(account, today);
  }
}
