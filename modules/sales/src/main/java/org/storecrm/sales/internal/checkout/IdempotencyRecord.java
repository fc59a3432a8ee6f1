package org.storecrm.sales.internal.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A used idempotency key: the primary key (user, key) lets only one submission with a key commit; a
 * repeat finds the order it made.
 */
@Entity
@Table(name = "sal_idempotency")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {
  @Id
  @Column(name = "user_id")
  private Long userId;

  @Id
  @Column(name = "idem_key", length = 100)
  private String key;

  /** The order the key made: mapped, so that the order's row is written before the key's. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  private SalesOrder order;

  @Column(name = "order_id", insertable = false, updatable = false)
  private Long orderId;

  /** SHA-256 (hex) of the request the key answered; null for keys used before it was kept. */
  @Column(name = "request_hash", length = 64, updatable = false)
  private String requestHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  IdempotencyRecord(
      long userId, String key, SalesOrder order, String requestHash, Instant createdAt) {
    this.userId = userId;
    this.key = key;
    this.order = order;
    this.orderId = order.id();
    this.requestHash = requestHash;
    this.createdAt = createdAt;
  }

  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    Long userId;
    String key;

    public Key() {}

    public Key(Long userId, String key) {
      this.userId = userId;
      this.key = key;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(userId, that.userId)
          && Objects.equals(key, that.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(userId, key);
    }
  }

  Long orderId() {
    return orderId;
  }

  String requestHash() {
    return requestHash;
  }
}
