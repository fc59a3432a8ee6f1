package org.storecrm.sales.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
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
  Long userId;

  @Id
  @Column(name = "idem_key", length = 100)
  String key;

  @Column(name = "order_id", nullable = false)
  Long orderId;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected IdempotencyRecord() {}

  IdempotencyRecord(long userId, String key, long orderId, Instant createdAt) {
    this.userId = userId;
    this.key = key;
    this.orderId = orderId;
    this.createdAt = createdAt;
  }

  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    Long userId;
    String key;

    public Key() {}

    Key(Long userId, String key) {
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
}
