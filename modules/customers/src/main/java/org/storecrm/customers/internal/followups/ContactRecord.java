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
import java.time.Instant;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.ContactView;
import org.storecrm.customers.internal.cards.Customer;

/** One visit, call or callback on a customer's timeline; written once. */
@Entity
@Table(name = "cus_contact")
public class ContactRecord {
  @Id
  @SequenceGenerator(
      name = "cus_contact_seq",
      sequenceName = "cus_contact_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_contact_seq")
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  /** Null for a register entry of a walk-in or caller who left no details. */
  @Column(name = "customer_id", updatable = false)
  private Long customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ContactKind kind;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
  private String recordedBy;

  @Column(length = 200, updatable = false)
  private String purpose;

  @Column(nullable = false, length = 200, updatable = false)
  private String outcome;

  @Column(length = 1000, updatable = false)
  private String note;

  /** What was agreed to happen next ("call back Saturday with the trade-in price"). */
  @Column(name = "next_step", length = 200, updatable = false)
  private String nextStep;

  /** A phone-in's checklist: the steps done, comma-separated in the chain's order. */
  @Column(name = "phone_in_steps", length = 200, updatable = false)
  private String phoneInSteps;

  protected ContactRecord() {}

  public ContactRecord(
      Customer customer,
      ContactKind kind,
      Instant occurredAt,
      String recordedBy,
      String purpose,
      String outcome,
      String note) {
    this.storeId = customer.storeId();
    this.customerId = customer.id();
    this.kind = kind;
    this.occurredAt = occurredAt;
    this.recordedBy = recordedBy;
    this.purpose = purpose;
    this.outcome = outcome;
    this.note = note;
  }

  /** A register entry for a walk-in or caller who left no contact details. */
  public static ContactRecord anonymous(
      long storeId,
      ContactKind kind,
      Instant occurredAt,
      String recordedBy,
      String purpose,
      String outcome) {
    ContactRecord entry = new ContactRecord();
    entry.storeId = storeId;
    entry.kind = kind;
    entry.occurredAt = occurredAt;
    entry.recordedBy = recordedBy;
    entry.purpose = purpose;
    entry.outcome = outcome;
    return entry;
  }

  public ContactView toView() {
    return new ContactView(id, kind, occurredAt, recordedBy, purpose, outcome, note, nextStep);
  }

  public Long customerId() {
    return customerId;
  }

  public Long id() {
    return id;
  }

  public ContactKind kind() {
    return kind;
  }

  public String note() {
    return note;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String outcome() {
    return outcome;
  }

  public String phoneInSteps() {
    return phoneInSteps;
  }

  public String purpose() {
    return purpose;
  }

  public String recordedBy() {
    return recordedBy;
  }

  /** A note on the contact (an anonymous call's, which has no card to carry it). */
  public void annotate(String text) {
    note = text;
  }

  /** The phone-in checklist's steps as the call went through them (stored form). */
  public void followedChecklist(String steps) {
    phoneInSteps = steps;
  }

  /** What the next contact is to do. */
  public void planNextStep(String step) {
    nextStep = step;
  }
}
