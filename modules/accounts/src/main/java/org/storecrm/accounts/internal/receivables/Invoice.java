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
import java.time.LocalDate;
import org.storecrm.accounts.InvoiceStatus;
import org.storecrm.accounts.InvoiceView;

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
  Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  Long accountId;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  @Column(name = "order_id", updatable = false)
  Long orderId;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  BigDecimal amount;

  @Column(name = "open_amount", nullable = false, precision = 14, scale = 2)
  BigDecimal openAmount;

  @Column(nullable = false, precision = 14, scale = 2)
  BigDecimal credited = BigDecimal.ZERO.setScale(2);

  @Column(name = "issued_on", nullable = false, updatable = false)
  LocalDate issuedOn;

  @Column(name = "due_on", nullable = false, updatable = false)
  LocalDate dueOn;

  /** OPEN, PAID or CREDITED (OVERDUE is never stored). */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  InvoiceStatus status = InvoiceStatus.OPEN;

  @Column(nullable = false)
  boolean disputed;

  @Column(name = "dispute_reason", length = 500)
  String disputeReason;

  @Column(name = "closed_on")
  LocalDate closedOn;

  @Version long version;

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

  /** Takes {@code paid} off what is owed (never more than is open); closes it at zero. */
  void settle(BigDecimal paid, InvoiceStatus closedAs, LocalDate on) {
    openAmount = openAmount.subtract(paid);
    if (openAmount.signum() == 0) {
      status = closedAs;
      closedOn = on;
    }
  }

  InvoiceView toView(LocalDate today) {
    InvoiceStatus shown = open() && DueDates.overdue(dueOn, today) ? InvoiceStatus.OVERDUE : status;
    return new InvoiceView(
        id,
        orderId,
        amount,
        openAmount,
        issuedOn,
        dueOn,
        shown,
        open() ? DueDates.daysOverdue(dueOn, today) : 0,
        disputed,
        disputeReason);
  }
}
