package org.storecrm.customers.internal.followups;

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
import org.storecrm.customers.ContactPlanPurpose;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.FollowUpStatus;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.complaints.Complaint;

/** A follow-up task: who should contact which customer by when, and why. */
@Entity
@Table(name = "cus_follow_up")
public class FollowUp {
  @Id
  @SequenceGenerator(
      name = "cus_follow_up_seq",
      sequenceName = "cus_follow_up_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_follow_up_seq")
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  /** Null for a task about a hotline complaint without a card (until a card is linked). */
  @Column(name = "customer_id")
  private Long customerId;

  /** The complaint a callback or escalation is about. */
  @Column(name = "complaint_id", updatable = false)
  private Long complaintId;

  /** Whom to call when the task has no card: the caller of a complaint without a card. */
  @Column(name = "contact_name", length = 100, updatable = false)
  private String contactName;

  @Column(name = "contact_phone", length = 30, updatable = false)
  private String contactPhone;

  /** Whom the callback asks about: the post-sale callback names the sale's consultant. */
  @Column(name = "subject_user_id", updatable = false)
  private Long subjectUserId;

  @Column(name = "consultant_id")
  private Long consultantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private FollowUpReason reason;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private FollowUpStatus status;

  @Column(length = 200)
  private String outcome;

  private Integer satisfaction;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completed_by", length = 40)
  private String completedBy;

  /** Set by the sweep ({@code BIRTHDAY:2026}); unique per customer, so reruns add nothing. */
  @Column(name = "dedupe_key", length = 40, updatable = false)
  private String dedupeKey;

  /** Why a planned contact was planned; null for a contact's next step, which says it in words. */
  @Enumerated(EnumType.STRING)
  @Column(length = 30, updatable = false)
  private ContactPlanPurpose purpose;

  /** What a planned contact is to do (the contact's next step). */
  @Column(name = "planned_step", length = 200, updatable = false)
  private String plannedStep;

  /** When the sweep escalated the task, overdue, to the store manager; null if it never was. */
  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Version private long version;

  protected FollowUp() {}

  public FollowUp(Customer customer, FollowUpReason reason, Instant dueAt) {
    this(customer.storeId(), customer.id(), customer.consultantId(), reason, dueAt);
  }

  /** A task for a customer read as values (the sweep's chunks), in their consultant's queue. */
  FollowUp(Long storeId, Long customerId, Long consultantId, FollowUpReason reason, Instant dueAt) {
    this.storeId = storeId;
    this.customerId = customerId;
    this.consultantId = consultantId;
    this.reason = reason;
    this.dueAt = dueAt;
    this.status = FollowUpStatus.OPEN;
  }

  /**
   * A promised callback without a card (a phone-in's caller): a planned contact with the purpose
   * CALLBACK and the caller's name and phone, in the queue of the consultant who took the call.
   */
  static FollowUp callbackWithoutCard(
      long storeId, String name, String phone, String step, Instant dueAt, Long consultantId) {
    FollowUp task = new FollowUp();
    task.storeId = storeId;
    task.contactName = name;
    task.contactPhone = phone;
    task.reason = FollowUpReason.PLANNED_CONTACT;
    task.purpose = ContactPlanPurpose.CALLBACK;
    task.plannedStep = step;
    task.dueAt = dueAt;
    task.consultantId = consultantId;
    task.status = FollowUpStatus.OPEN;
    return task;
  }

  /** The key that makes the task once-only per customer ({@code BIRTHDAY:2026}). */
  void dedupeBy(String key) {
    dedupeKey = key;
  }

  /** Whom the callback asks about (the sale's consultant). */
  void asksAbout(Long userId) {
    subjectUserId = userId;
  }

  /** A planned contact's purpose and step, in the queue of the consultant who is to make it. */
  void planAs(ContactPlanPurpose why, String step, Long consultant) {
    purpose = why;
    plannedStep = step;
    consultantId = consultant;
  }

  /** Into the store manager's queue (no consultant). */
  public void toManagersQueue() {
    consultantId = null;
  }

  /** Done, with what came of it and (a callback) the customer's score. */
  void complete(String result, Integer score, Instant at, String by) {
    status = FollowUpStatus.DONE;
    outcome = result;
    satisfaction = score;
    completedAt = at;
    completedBy = by;
  }

  /**
   * An escalated task handed to another consultant, due again at {@code due}: it escalates anew if
   * this consultant lets it slip.
   */
  void handOver(Long consultant, Instant due) {
    consultantId = consultant;
    dueAt = due;
    escalatedAt = null;
  }

  /** Closed without a contact, for the reason given. */
  void cancel(String why, Instant at, String by) {
    status = FollowUpStatus.CANCELLED;
    outcome = why;
    completedAt = at;
    completedBy = by;
  }

  /**
   * A task about a complaint, in the store manager's queue (no consultant): on the complaint's card
   * when it has one, else with the caller's name and phone.
   */
  public static FollowUp aboutComplaint(Complaint complaint, FollowUpReason reason, Instant dueAt) {
    FollowUp task = new FollowUp();
    task.storeId = complaint.storeId();
    task.customerId = complaint.customerId();
    task.complaintId = complaint.id();
    if (complaint.customerId() == null) {
      task.contactName = complaint.callerName();
      task.contactPhone = complaint.callerPhone();
    }
    task.reason = reason;
    task.dueAt = dueAt;
    task.status = FollowUpStatus.OPEN;
    return task;
  }

  public Long complaintId() {
    return complaintId;
  }

  public Long consultantId() {
    return consultantId;
  }

  public String contactName() {
    return contactName;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public Long customerId() {
    return customerId;
  }

  public Instant dueAt() {
    return dueAt;
  }

  Instant escalatedAt() {
    return escalatedAt;
  }

  public Long id() {
    return id;
  }

  String plannedStep() {
    return plannedStep;
  }

  ContactPlanPurpose purpose() {
    return purpose;
  }

  FollowUpReason reason() {
    return reason;
  }

  public FollowUpStatus status() {
    return status;
  }

  public Long storeId() {
    return storeId;
  }

  Long subjectUserId() {
    return subjectUserId;
  }

  long version() {
    return version;
  }
}
