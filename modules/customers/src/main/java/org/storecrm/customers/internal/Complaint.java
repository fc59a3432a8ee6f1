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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.storecrm.customers.CompensationKind;
import org.storecrm.customers.ComplaintCategory;
import org.storecrm.customers.ComplaintChanges;
import org.storecrm.customers.ComplaintChannel;
import org.storecrm.customers.ComplaintStatus;
import org.storecrm.customers.ComplaintView;
import org.storecrm.customers.RootCause;
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

  /** Null for a hotline complaint logged without a card, until one is linked. */
  @Column(name = "customer_id")
  Long customerId;

  @Column(name = "caller_name", length = 100, updatable = false)
  String callerName;

  @Column(name = "caller_phone", length = 30, updatable = false)
  String callerPhone;

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

  @Enumerated(EnumType.STRING)
  @Column(name = "compensation_kind", length = 20)
  CompensationKind compensationKind;

  @Column(name = "compensation_amount", precision = 12, scale = 2)
  BigDecimal compensationAmount;

  @Column(name = "compensation_note", length = 500)
  String compensationNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "root_cause", length = 30)
  RootCause rootCause;

  @Column(name = "root_cause_note", length = 1000)
  String rootCauseNote;

  /** The satisfaction callback its resolution opened. */
  @Column(name = "callback_id")
  Long callbackId;

  @Version long version;

  protected Complaint() {}

  /**
   * On a card ({@code customer}), or without one from the caller's name and phone ({@code customer}
   * null).
   */
  Complaint(
      long storeId,
      Customer customer,
      String callerName,
      String callerPhone,
      ComplaintChannel channel,
      ComplaintCategory category,
      String description,
      Instant openedAt,
      String openedBy,
      Instant deadline) {
    this.storeId = storeId;
    this.customerId = customer == null ? null : customer.id;
    this.callerName = callerName;
    this.callerPhone = callerPhone;
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
   * the customer comes back); resolving needs a resolution, the compensation given and the root
   * cause ({@link ComplaintResolutionRule}). Returns whether this change resolved it.
   */
  boolean change(ComplaintChanges changes, Instant now, String by) {
    ComplaintStatus next = changes.status();
    String resolutionText = changes.resolution();
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
      ComplaintResolutionRule.check(
          changes.compensationKind(),
          changes.compensationAmount(),
          changes.compensationNote(),
          changes.rootCause(),
          changes.rootCauseNote());
      resolvedAt = now;
      resolvedBy = by;
    }
    // Compensation and root cause may be noted while the complaint is worked on, too.
    if (changes.compensationKind() != null) {
      compensationKind = changes.compensationKind();
      compensationAmount = changes.compensationAmount();
      compensationNote = ComplaintResolutionRule.trimmed(changes.compensationNote());
    }
    if (changes.rootCause() != null) {
      rootCause = changes.rootCause();
      rootCauseNote = ComplaintResolutionRule.trimmed(changes.rootCauseNote());
    }
    status = next;
    resolution = text;
    return next == ComplaintStatus.RESOLVED;
  }

  /** The name the complaint goes by: the card's, or the caller's when it has none. */
  String contactName(String cardName) {
    return cardName != null ? cardName : callerName;
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
    state.put("compensationKind", compensationKind);
    state.put("compensationAmount", compensationAmount);
    state.put("rootCause", rootCause);
    state.put("callbackId", callbackId);
    return state;
  }

  ComplaintView toView(String customerName, Instant now, boolean showPhone) {
    return new ComplaintView(
        id,
        number(id),
        storeId,
        customerId,
        contactName(customerName),
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
        version,
        callerName,
        callerPhone == null ? null : showPhone ? callerPhone : PhoneNumbers.mask(callerPhone),
        compensationKind,
        compensationAmount,
        compensationNote,
        rootCause,
        rootCauseNote,
        callbackId);
  }
}
