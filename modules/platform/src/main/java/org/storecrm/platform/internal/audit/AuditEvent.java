package org.storecrm.platform.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.storecrm.platform.AuditEntry;

/** One audit trail entry; written once, never updated. */
@Entity
@Table(name = "plt_audit_event")
public class AuditEvent {
  static final int MAX_CHANGES_LENGTH = 8000;

  @Id
  @SequenceGenerator(name = "plt_audit_seq", sequenceName = "plt_audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_audit_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 40, updatable = false)
  private String username;

  @Column(name = "store_id", updatable = false)
  private Long storeId;

  @Column(name = "record_type", nullable = false, length = 40, updatable = false)
  private String recordType;

  @Column(name = "record_id", nullable = false, length = 40, updatable = false)
  private String recordId;

  @Column(nullable = false, length = 20, updatable = false)
  private String action;

  @Column(length = MAX_CHANGES_LENGTH, updatable = false)
  private String changes;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      String username,
      Long storeId,
      String recordType,
      String recordId,
      String action,
      String changes) {
    this.occurredAt = occurredAt;
    this.username = username;
    this.storeId = storeId;
    this.recordType = recordType;
    this.recordId = recordId;
    this.action = action;
    this.changes =
        changes != null && changes.length() > MAX_CHANGES_LENGTH
            ? changes.substring(0, MAX_CHANGES_LENGTH - 1) + "…"
            : changes;
  }

  public AuditEntry toEntry() {
    return new AuditEntry(id, occurredAt, username, storeId, recordType, recordId, action, changes);
  }
}
