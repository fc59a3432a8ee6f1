package org.storecrm.accounts.internal.visits;

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
import java.time.LocalDate;
import org.storecrm.accounts.NeedsAnswers;
import org.storecrm.accounts.VisitKind;
import org.storecrm.accounts.VisitView;

/** A visit to a business client: planned, done, or planned and then done. */
@Entity
@Table(name = "acc_visit")
public class Visit {
  static final String RECORD_TYPE = "Visit";

  @Id
  @SequenceGenerator(name = "acc_visit_seq", sequenceName = "acc_visit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_visit_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "account_manager_id")
  private Long accountManagerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private VisitKind kind;

  @Column(name = "planned_for")
  private LocalDate plannedFor;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "needs_who", length = 500)
  private String needsWho;

  @Column(name = "needs_what", length = 500)
  private String needsWhat;

  @Column(name = "needs_can_use", length = 500)
  private String needsCanUse;

  @Column(name = "needs_values", length = 500)
  private String needsValues;

  @Column(name = "needs_budget", length = 500)
  private String needsBudget;

  @Column(name = "next_step", length = 500)
  private String nextStep;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 40)
  private String createdBy;

  @Version private long version;

  protected Visit() {}

  /** A visit of {@code kind} planned for {@code day}, in the account manager's plan of that day. */
  Visit(
      long accountId,
      long storeId,
      Long accountManagerId,
      VisitKind kind,
      LocalDate day,
      Instant now,
      String by) {
    this.accountId = accountId;
    this.storeId = storeId;
    this.accountManagerId = accountManagerId;
    this.kind = kind;
    this.plannedFor = day;
    this.createdAt = now;
    this.createdBy = by;
  }

  /**
   * The day a new visit is planned for: the day asked for; else, for a visit logged as done, the
   * day it was done; else today.
   */
  static LocalDate plannedDay(LocalDate requested, LocalDate doneOn, LocalDate today) {
    if (requested != null) {
      return requested;
    }
    return doneOn != null ? doneOn : today;
  }

  /**
   * The visit took place at {@code at}, as a visit of {@code actualKind} (a planned client visit
   * may turn out otherwise), with what it found out. A visit is done once.
   */
  void complete(VisitKind actualKind, Instant at, NeedsAnswers needs, String next) {
    if (occurredAt != null) {
      throw new IllegalStateException("Visit " + id + " was already done at " + occurredAt);
    }
    kind = actualKind;
    occurredAt = at;
    answer(needs, next);
  }

  /**
   * The answers to the five needs questions (all replaced when given) and the next step (kept when
   * none is given).
   */
  void answer(NeedsAnswers needs, String next) {
    if (needs != null) {
      needsWho = needs.whoUses();
      needsWhat = needs.forWhat();
      needsCanUse = needs.canUse();
      needsValues = needs.values();
      needsBudget = needs.budget();
    }
    if (next != null && !next.isBlank()) {
      nextStep = next.trim();
    }
  }

  boolean done() {
    return occurredAt != null;
  }

  /** A planned visit not done by the day it was planned for is overdue from the day after. */
  boolean overdueOn(LocalDate day) {
    return !done() && plannedFor != null && plannedFor.isBefore(day);
  }

  VisitView toView(String accountName, LocalDate day) {
    return new VisitView(
        id,
        accountId,
        accountName,
        accountManagerId,
        kind,
        plannedFor,
        occurredAt,
        needs(),
        nextStep,
        done(),
        overdueOn(day));
  }

  Long accountId() {
    return accountId;
  }

  Long id() {
    return id;
  }

  VisitKind kind() {
    return kind;
  }

  NeedsAnswers needs() {
    return new NeedsAnswers(needsWho, needsWhat, needsCanUse, needsValues, needsBudget);
  }

  String nextStep() {
    return nextStep;
  }

  Instant occurredAt() {
    return occurredAt;
  }

  LocalDate plannedFor() {
    return plannedFor;
  }

  Long storeId() {
    return storeId;
  }
}
