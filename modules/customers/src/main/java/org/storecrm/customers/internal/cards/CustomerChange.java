package org.storecrm.customers.internal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The card's history of classification and grade changes (kept apart from the audit trail, on the
 * card).
 */
@Entity
@Table(name = "cus_customer_change")
public class CustomerChange {
  @Id
  @SequenceGenerator(name = "cus_change_seq", sequenceName = "cus_change_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_change_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 40, updatable = false)
  private String changedBy;

  @Column(nullable = false, length = 20, updatable = false)
  private String field;

  @Column(name = "old_value", length = 30, updatable = false)
  private String oldValue;

  @Column(name = "new_value", length = 30, updatable = false)
  private String newValue;

  @Column(length = 200, updatable = false)
  private String reason;

  protected CustomerChange() {}

  public CustomerChange(
      long customerId,
      Instant changedAt,
      String changedBy,
      String field,
      Object oldValue,
      Object newValue,
      String reason) {
    this.customerId = customerId;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.field = field;
    this.oldValue = oldValue == null ? null : oldValue.toString();
    this.newValue = newValue == null ? null : newValue.toString();
    this.reason = reason;
  }
}
