package org.storecrm.customers.internal.complaints;

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
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.cards.PhoneNumbers;
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
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  /** Null for a hotline complaint logged without a card, until one is linked. */
  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "caller_name", length = 100, updatable = false)
  private String callerName;

  @Column(name = "caller_phone", length = 30, updatable = false)
  private String callerPhone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ComplaintChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ComplaintCategory category;

  @Column(nullable = false, length = 2000, updatable = false)
  private String description;

  @Column(name = "owner_id", nullable = false)
  private Long ownerId;

  @Column(name = "owner_username", nullable = false, length = 40)
  private String ownerUsername;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false, length = 40, updatable = false)
  private String openedBy;

  @Column(nullable = false, updatable = false)
  private Instant deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ComplaintStatus status;

  @Column(length = 2000)
  private String resolution;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by", length = 40)
  private String resolvedBy;

  @Column(nullable = false)
  private boolean escalated;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "compensation_kind", length = 20)
  private CompensationKind compensationKind;

  @Column(name = "compensation_amount", precision = 12, scale = 2)
  private BigDecimal compensationAmount;

  @Column(name = "compensation_note", length = 500)
  private String compensationNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "root_cause", length = 30)
  private RootCause rootCause;

  @Column(name = "root_cause_note", length = 1000)
  private String rootCauseNote;

  /** The satisfaction callback its resolution opened. */
  @Column(name = "callback_id")
  private Long callbackId;

  @Version private long version;

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
    this.customerId = customer == null ? null : customer.id();
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

  public String callerName() {
    return callerName;
  }

  public String callerPhone() {
    return callerPhone;
  }

  public Long customerId() {
    return customerId;
  }

  public Long id() {
    return id;
  }

  Long ownerId() {
    return ownerId;
  }

  ComplaintStatus status() {
    return status;
  }

  public Long storeId() {
    return storeId;
  }

  long version() {
    return version;
  }

  /** Overdue and unresolved: escalated to the store manager (once). */
  public void escalate(Instant at) {
    escalated = true;
    escalatedAt = at;
  }

  /** The satisfaction callback opened when the complaint was resolved. */
  void callbackOpened(Long followUpId) {
    callbackId = followUpId;
  }

  /** A hotline complaint without a card linked to the caller's card. */
  void linkCard(Long customer) {
    customerId = customer;
  }

  /** The staff member who owns (handles) the complaint. */
  void ownedBy(Long owner, String username) {
    ownerId = owner;
    ownerUsername = username;
  }

  BigDecimal compensationAmount() {
    return compensationAmount;
  }

  CompensationKind compensationKind() {
    return compensationKind;
  }

  String resolution() {
    return resolution;
  }

  Instant resolvedAt() {
    return resolvedAt;
  }

  String resolvedBy() {
    return resolvedBy;
  }

  RootCause rootCause() {
    return rootCause;
  }
}
