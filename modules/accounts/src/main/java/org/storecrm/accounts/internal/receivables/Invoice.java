package org.storecrm.accounts.internal.receivables;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.storecrm.accounts.InvoiceStatus;
import org.storecrm.accounts.InvoiceView;
import org.storecrm.platform.RuleViolationException;

/** What an account owes for one credit sale. */
@Entity
@Table(name = "acc_invoice")
public class Invoice {
  static final String RECORD_TYPE = "Invoice";

  @Id
  @SequenceGenerator(
      name = "acc_invoice_seq",
      sequenceName = "acc_invoice_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_invoice_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "order_id", updatable = false)
  private Long orderId;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Column(name = "open_amount", nullable = false, precision = 14, scale = 2)
  private BigDecimal openAmount;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal credited = BigDecimal.ZERO.setScale(2);

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  /** OPEN, PAID or CREDITED (OVERDUE is never stored). */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private InvoiceStatus status = InvoiceStatus.OPEN;

  @Column(nullable = false)
  private boolean disputed;

  @Column(name = "dispute_reason", length = 500)
  private String disputeReason;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Version private long version;

  protected Invoice() {}

  Invoice(
      long accountId,
      long storeId,
      Long orderId,
      BigDecimal amount,
      LocalDate issuedOn,
      int terms) {
    this.accountId = accountId;
    this.storeId = storeId;
    this.orderId = orderId;
    this.amount = amount;
    this.openAmount = amount;
    this.issuedOn = issuedOn;
    this.dueOn = DueDates.due(issuedOn, terms);
  }

  boolean open() {
    return status == InvoiceStatus.OPEN;
  }

  /** A closed invoice (paid or credited) takes no payment: refused (422). */
  void requireOpen() {
    if (!open()) {
      throw RuleViolationException.refused(
          "accounts.invoiceClosed", "invoiceId", "Invoice " + id + " is closed", Map.of());
    }
  }

  /**
   * Takes what it can of {@code available} (never more than is open) as paid on {@code paidOn};
   * closes the invoice as PAID when nothing is left open. The part taken.
   */
  BigDecimal recordPayment(BigDecimal available, LocalDate paidOn) {
    requireOpen();
    BigDecimal part = available.min(openAmount);
    settle(part, InvoiceStatus.PAID, paidOn);
    return part;
  }

  /**
   * A return of goods sold on this invoice takes the refund off what is open (never below zero:
   * what was already paid is the store's refund to make), closing it as CREDITED at zero. The
   * amount credited; nothing on an invoice already closed.
   */
  BigDecimal creditReturn(BigDecimal refund, LocalDate on) {
    if (!open()) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal part = refund.min(openAmount).setScale(2, RoundingMode.HALF_UP);
    credited = credited.add(part);
    settle(part, InvoiceStatus.CREDITED, on);
    return part;
  }

  /**
   * The client disputes the invoice for {@code reason}; a blank reason withdraws the dispute. A
   * disputed invoice is out of the sweep's and the credit check's sight.
   */
  void dispute(String reason) {
    disputed = reason != null && !reason.isBlank();
    disputeReason = disputed ? reason.trim() : null;
  }

  /** Takes {@code paid} off what is owed; closes it at zero. */
  private void settle(BigDecimal paid, InvoiceStatus closedAs, LocalDate on) {
    openAmount = openAmount.subtract(paid);
    if (openAmount.signum() == 0) {
      status = closedAs;
      closedOn = on;
    }
  }

  /** The status as shown on {@code today}: an open invoice past its due date is OVERDUE. */
  InvoiceStatus statusOn(LocalDate today) {
    return open() && DueDates.overdue(dueOn, today) ? InvoiceStatus.OVERDUE : status;
  }

  InvoiceView toView(LocalDate today) {
    return new InvoiceView(
        id,
        orderId,
        amount,
        openAmount,
        issuedOn,
        dueOn,
        statusOn(today),
        open() ? DueDates.daysOverdue(dueOn, today) : 0,
        disputed,
        disputeReason);
  }

  Long accountId() {
    return accountId;
  }

  BigDecimal amount() {
    return amount;
  }

  LocalDate closedOn() {
    return closedOn;
  }

  BigDecimal credited() {
    return credited;
  }

  boolean disputed() {
    return disputed;
  }

  String disputeReason() {
    return disputeReason;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  Long id() {
    return id;
  }

  BigDecimal openAmount() {
    return openAmount;
  }

  Long storeId() {
    return storeId;
  }
}
