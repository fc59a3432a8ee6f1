package org.storecrm.sales.internal.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import org.storecrm.sales.internal.checkout.IdempotencyRecord;

/**
 * A used idempotency key of a return: the primary key (user, key) lets only one return with a key
 * commit; a repeat with the same request answers the order, a different request is refused.
 */
@Entity
@Table(name = "sal_return_idempotency")
@IdClass(IdempotencyRecord.Key.class)
public class ReturnKey {
  @Id
  @Column(name = "user_id")
  private Long userId;

  @Id
  @Column(name = "idem_key", length = 100)
  private String key;

  @Column(name = "order_id", nullable = false, updatable = false)
  private Long orderId;

  @Column(name = "request_hash", nullable = false, length = 64, updatable = false)
  private String requestHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ReturnKey() {}

  ReturnKey(long userId, String key, long orderId, String requestHash, Instant createdAt) {
    this.userId = userId;
    this.key = key;
    this.orderId = orderId;
    this.requestHash = requestHash;
    this.createdAt = createdAt;
  }

  Long orderId() {
    return orderId;
  }

  String requestHash() {
    return requestHash;
  }
}
