package org.storecrm.customers.internal.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.storecrm.customers.internal.cards.Customer;

/**
 * A customer moved from one membership tier to another: the tier report counts this month's moves
 * up and down from these rows. The sweep writes its changes set-wise (one INSERT … SELECT, keyed by
 * its run); a sale or a return writes one here.
 */
@Entity
@Table(name = "cus_tier_change")
class TierChange {
  @Id
  @SequenceGenerator(
      name = "cus_tier_change_seq",
      sequenceName = "cus_tier_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_tier_change_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private long customerId;

  @Column(name = "store_id", nullable = false, updatable = false)
  private long storeId;

  @Column(name = "from_tier", nullable = false, length = 20, updatable = false)
  private String fromTier;

  @Column(name = "to_tier", nullable = false, length = 20, updatable = false)
  private String toTier;

  @Column(name = "moved_up", nullable = false, updatable = false)
  private boolean movedUp;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "run_key", length = 40, updatable = false)
  private String runKey;

  protected TierChange() {}

  TierChange(Customer customer, String fromTier, String toTier, boolean movedUp, Instant at) {
    this.customerId = customer.id();
    this.storeId = customer.storeId();
    this.fromTier = fromTier;
    this.toTier = toTier;
    this.movedUp = movedUp;
    this.changedAt = at;
  }
}
