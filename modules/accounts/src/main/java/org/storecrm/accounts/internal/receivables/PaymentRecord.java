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
import java.util.List;

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
  Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  Long accountId;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  BigDecimal amount;

  @Column(name = "paid_on", nullable = false, updatable = false)
  LocalDate paidOn;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 40)
  String recordedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "acc_payment_allocation", joinColumns = @JoinColumn(name = "payment_id"))
  List<Allocation> allocations = new ArrayList<>();

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

  /** The part of the payment that went to one invoice. */
  @Embeddable
  public static class Allocation {
    @Column(name = "invoice_id", nullable = false)
    Long invoiceId;

    @Column(nullable = false, precision = 14, scale = 2)
    BigDecimal amount;

    protected Allocation() {}

    Allocation(long invoiceId, BigDecimal amount) {
      this.invoiceId = invoiceId;
      this.amount = amount;
    }
  }
}
