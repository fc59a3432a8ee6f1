package org.storecrm.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A visit: planned for a day ({@code plannedFor}, default today), or logged as done ({@code
 * occurredAt}, which may be in the past: imports), with the five needs questions and the next step.
 * Logging a visit completes the account's planned visit of that day or earlier, if any.
 */
public record NewVisit(
    @NotNull VisitKind kind,
    LocalDate plannedFor,
    @PastOrPresent Instant occurredAt,
    @Valid NeedsAnswers needs,
    @Size(max = 500) String nextStep) {}
