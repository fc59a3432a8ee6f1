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
import org.storecrm.customers.ContactPlanPurpose;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.FollowUpStatus;

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
  Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  /** Null for a task about a hotline complaint without a card (until a card is linked). */
  @Column(name = "customer_id")
  Long customerId;

  /** The complaint a callback or escalation is about. */
  @Column(name = "complaint_id", updatable = false)
  Long complaintId;

  /** Whom to call when the task has no card: the caller of a complaint without a card. */
  @Column(name = "contact_name", length = 100, updatable = false)
  String contactName;

  @Column(name = "contact_phone", length = 30, updatable = false)
  String contactPhone;

  /** Whom the callback asks about: the post-sale callback names the sale's consultant. */
  @Column(name = "subject_user_id", updatable = false)
  Long subjectUserId;

  @Column(name = "consultant_id")
  Long consultantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  FollowUpReason reason;

  @Column(name = "due_at", nullable = false)
  Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  FollowUpStatus status;

  @Column(length = 200)
  String outcome;

  Integer satisfaction;

  @Column(name = "completed_at")
  Instant completedAt;

  @Column(name = "completed_by", length = 40)
  String completedBy;

  /** Set by the sweep ({@code BIRTHDAY:2026}); unique per customer, so reruns add nothing. */
  @Column(name = "dedupe_key", length = 40, updatable = false)
  String dedupeKey;

  /** Why a planned contact was planned; null for a contact's next step, which says it in words. */
  @Enumerated(EnumType.STRING)
  @Column(length = 30, updatable = false)
  ContactPlanPurpose purpose;

  /** What a planned contact is to do (the contact's next step). */
  @Column(name = "planned_step", length = 200, updatable = false)
  String plannedStep;

  /** When the sweep escalated the task, overdue, to the store manager; null if it never was. */
  @Column(name = "escalated_at")
  Instant escalatedAt;

  @Version long version;

  protected FollowUp() {}

  FollowUp(Customer customer, FollowUpReason reason, Instant dueAt) {
    this(customer.storeId, customer.id, customer.consultantId, reason, dueAt);
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
   * A task about a complaint, in the store manager's queue (no consultant): on the complaint's card
   * when it has one, else with the caller's name and phone.
   */
  static FollowUp aboutComplaint(Complaint complaint, FollowUpReason reason, Instant dueAt) {
    FollowUp task = new FollowUp();
    task.storeId = complaint.storeId;
    task.customerId = complaint.customerId;
    task.complaintId = complaint.id;
    if (complaint.customerId == null) {
      task.contactName = complaint.callerName;
      task.contactPhone = complaint.callerPhone;
    }
    task.reason = reason;
    task.dueAt = dueAt;
    task.status = FollowUpStatus.OPEN;
    return task;
  }
}
