package org.storecrm.accounts.internal.handovers;

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
import java.time.Instant;
import org.storecrm.accounts.HandoverSource;
import org.storecrm.accounts.HandoverStatus;

/**
 * A company buyer in an account manager's queue, handed over by store staff or listed by the weekly
 * scan of sales, until converted or dismissed.
 */
@Entity
@Table(name = "acc_handover")
public class Handover {
  static final String RECORD_TYPE = "Handover";

  @Id
  @SequenceGenerator(
      name = "acc_handover_seq",
      sequenceName = "acc_handover_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_handover_seq")
  Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  Long customerId;

  @Column(name = "customer_name", nullable = false, updatable = false, length = 120)
  String customerName;

  @Column(name = "customer_phone", updatable = false, length = 40)
  String customerPhone;

  @Column(name = "account_manager_id", nullable = false)
  Long accountManagerId;

  @Column(length = 500)
  String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  HandoverStatus status;

  @Column(name = "dismiss_reason", length = 500)
  String dismissReason;

  @Column(name = "account_id")
  Long accountId;

  @Column(name = "handed_over_at", nullable = false, updatable = false)
  Instant handedOverAt;

  @Column(name = "handed_over_by", nullable = false, updatable = false, length = 40)
  String handedOverBy;

  @Column(name = "closed_at")
  Instant closedAt;

  @Column(name = "closed_by", length = 40)
  String closedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  HandoverSource source = HandoverSource.STAFF;

  @Version long version;

  protected Handover() {}

  Handover(
      long storeId, long customerId, long accountManagerId, String note, Instant now, String by) {
    this.storeId = storeId;
    this.customerId = customerId;
    this.accountManagerId = accountManagerId;
    this.note = note;
    this.status = HandoverStatus.OPEN;
    this.handedOverAt = now;
    this.handedOverBy = by;
  }

  void close(HandoverStatus outcome, Instant now, String by) {
    status = outcome;
    closedAt = now;
    closedBy = by;
  }
}
