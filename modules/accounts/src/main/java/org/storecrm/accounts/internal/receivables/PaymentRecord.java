package org.storecrm.accounts.internal.receivables;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.platform.RuleViolationException;

/** A payment received from an account, spread over its invoices. */
@Entity
@Table(name = "acc_payment")
public class PaymentRecord {
  static final String RECORD_TYPE = "Payment";

  @Id
  @SequenceGenerator(
      name = "acc_payment_seq",
      sequenceName = "acc_payment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_payment_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Column(name = "paid_on", nullable = false, updatable = false)
  private LocalDate paidOn;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 40)
  private String recordedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "acc_payment_allocation", joinColumns = @JoinColumn(name = "payment_id"))
  private List<Allocation> allocations = new ArrayList<>();

  protected PaymentRecord() {}

  PaymentRecord(
      long accountId,
      long storeId,
      BigDecimal amount,
      LocalDate paidOn,
      Instant recordedAt,
      String recordedBy) {
    this.accountId = accountId;
    this.storeId = storeId;
    this.amount = amount;
    this.paidOn = paidOn;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  /**
   * Spreads the payment over {@code invoices} in their order (the named invoice, or the open ones
   * oldest due first), each taking what it can until the payment is used up, and records the parts.
   * A payment larger than what the invoices have open is refused (422), as is one for a closed
   * invoice. The part each invoice took, in order.
   */
  Map<Invoice, BigDecimal> spreadOver(List<Invoice> invoices) {
    if (!allocations.isEmpty()) {
      throw new IllegalStateException("Payment " + id + " was already spread over its invoices");
    }
    BigDecimal open =
        invoices.stream().map(Invoice::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (amount.compareTo(open) > 0) {
      throw RuleViolationException.refused(
          "accounts.paymentTooMuch",
          "amount",
          "The payment is more than is open (" + open.setScale(2).toPlainString() + ")",
          Map.of("open", open.setScale(2).toPlainString()));
    }
    Map<Invoice, BigDecimal> parts = new LinkedHashMap<>();
    BigDecimal left = amount;
    for (Invoice invoice : invoices) {
      if (left.signum() == 0) {
        break;
      }
      BigDecimal part = invoice.recordPayment(left, paidOn);
      left = left.subtract(part);
      allocations.add(new Allocation(invoice.id(), part));
      parts.put(invoice, part);
    }
    return parts;
  }

  /** The parts of the payment as recorded (read-only). */
  List<Allocation> allocations() {
    return Collections.unmodifiableList(allocations);
  }

  Long id() {
    return id;
  }

  /** The part of the payment that went to one invoice. */
  @Embeddable
  public static class Allocation {
    @Column(name = "invoice_id", nullable = false)
    private Long invoiceId;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected Allocation() {}

    Allocation(Long invoiceId, BigDecimal amount) {
      this.invoiceId = invoiceId;
      this.amount = amount;
    }

    BigDecimal amount() {
      return amount;
    }
  }
}
