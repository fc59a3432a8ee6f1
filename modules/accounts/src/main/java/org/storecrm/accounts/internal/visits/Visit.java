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
  Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  Long accountId;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  @Column(name = "account_manager_id")
  Long accountManagerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  VisitKind kind;

  @Column(name = "planned_for")
  LocalDate plannedFor;

  @Column(name = "occurred_at")
  Instant occurredAt;

  @Column(name = "needs_who", length = 500)
  String needsWho;

  @Column(name = "needs_what", length = 500)
  String needsWhat;

  @Column(name = "needs_can_use", length = 500)
  String needsCanUse;

  @Column(name = "needs_values", length = 500)
  String needsValues;

  @Column(name = "needs_budget", length = 500)
  String needsBudget;

  @Column(name = "next_step", length = 500)
  String nextStep;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 40)
  String createdBy;

  @Version long version;

  protected Visit() {}

  Visit(
      long accountId, long storeId, Long accountManagerId, VisitKind kind, Instant now, String by) {
    this.accountId = accountId;
    this.storeId = storeId;
    this.accountManagerId = accountManagerId;
    this.kind = kind;
    this.createdAt = now;
    this.createdBy = by;
  }

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

  VisitView toView(String accountName, LocalDate day) {
    boolean done = occurredAt != null;
    return new VisitView(
        id,
        accountId,
        accountName,
        accountManagerId,
        kind,
        plannedFor,
        occurredAt,
        new NeedsAnswers(needsWho, needsWhat, needsCanUse, needsValues, needsBudget),
        nextStep,
        done,
        !done && plannedFor != null && plannedFor.isBefore(day));
  }
}
