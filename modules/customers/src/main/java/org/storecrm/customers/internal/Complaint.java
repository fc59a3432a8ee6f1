package org.storecrm.customers.internal;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.storecrm.customers.ComplaintCategory;
import org.storecrm.customers.ComplaintChannel;
import org.storecrm.customers.ComplaintStatus;
import org.storecrm.customers.ComplaintView;
import org.storecrm.platform.RuleViolationException;

/** A customer's complaint: an owner, a deadline, a status and in the end a resolution. */
@Entity
@Table(name = "cus_complaint")
public class Complaint {
  @Id
  @SequenceGenerator(
      name = "cus_complaint_seq",
      sequenceName = "cus_complaint_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_complaint_seq")
  Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  Long customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  ComplaintChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  ComplaintCategory category;

  @Column(nullable = false, length = 2000, updatable = false)
  String description;

  @Column(name = "owner_id", nullable = false)
  Long ownerId;

  @Column(name = "owner_username", nullable = false, length = 40)
  String ownerUsername;

  @Column(name = "opened_at", nullable = false, updatable = false)
  Instant openedAt;

  @Column(name = "opened_by", nullable = false, length = 40, updatable = false)
  String openedBy;

  @Column(nullable = false, updatable = false)
  Instant deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  ComplaintStatus status;

  @Column(length = 2000)
  String resolution;

  @Column(name = "resolved_at")
  Instant resolvedAt;

  @Column(name = "resolved_by", length = 40)
  String resolvedBy;

  @Column(nullable = false)
  boolean escalated;

  @Column(name = "escalated_at")
  Instant escalatedAt;

  @Version long version;

  protected Complaint() {}

  Complaint(
      Customer customer,
      ComplaintChannel channel,
      ComplaintCategory category,
      String description,
      Instant openedAt,
      String openedBy,
      Instant deadline) {
    this.storeId = customer.storeId;
    this.customerId = customer.id;
    this.channel = channel;
    this.category = category;
    this.description = description;
    this.openedAt = openedAt;
    this.openedBy = openedBy;
    this.deadline = deadline;
    this.status = ComplaintStatus.OPEN;
  }

  /**
   * Moves the complaint on. A resolved complaint is closed for good (a new complaint is logged if
   * the customer comes back); resolving needs a resolution.
   */
  void change(ComplaintStatus next, String resolutionText, Instant now, String by) {
    if (status == ComplaintStatus.RESOLVED) {
      throw RuleViolationException.conflict(
          "error.complaint.resolved", "status", "This complaint is already resolved");
    }
    String text = resolutionText == null || resolutionText.isBlank() ? null : resolutionText.trim();
    if (next == ComplaintStatus.RESOLVED) {
      if (text == null) {
        throw RuleViolationException.refused(
            "error.complaint.resolutionRequired",
            "resolution",
            "Say how the complaint was resolved");
      }
      resolvedAt = now;
      resolvedBy = by;
    }
    status = next;
    resolution = text;
  }

  boolean overdue(Instant now) {
    return ComplaintDeadlines.overdue(status, deadline, now);
  }

  /** The number the customer is told: the store-independent id, zero-padded. */
  static String number(long id) {
    return String.format("TS%08d", id);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("customerId", customerId);
    state.put("channel", channel);
    state.put("category", category);
    state.put("ownerId", ownerId);
    state.put("deadline", deadline);
    state.put("status", status);
    state.put("resolution", resolution);
    state.put("escalated", escalated);
    return state;
  }

  ComplaintView toView(String customerName, Instant now) {
    return new ComplaintView(
        id,
        number(id),
        storeId,
        customerId,
        customerName,
        channel,
        category,
        description,
        ownerId,
        ownerUsername,
        openedAt,
        openedBy,
        deadline,
        status,
        resolution,
        resolvedAt,
        resolvedBy,
        escalated,
        escalatedAt,
        overdue(now),
        version);
  }
}
