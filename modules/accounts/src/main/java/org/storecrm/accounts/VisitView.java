package org.storecrm.accounts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A visit of the plan or the log.
 *
 * @param overdue planned for a day before the plan's day and not done
 */
public record VisitView(
    long id,
    long accountId,
    String accountName,
    Long accountManagerId,
    VisitKind kind,
    LocalDate plannedFor,
    Instant occurredAt,
    NeedsAnswers needs,
    String nextStep,
    boolean done,
    boolean overdue) {}
