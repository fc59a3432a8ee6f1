package org.storecrm.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Visit plans and the visit log (account managers, managers, head office). */
public interface Visits {
  VisitView log(long accountId, @NotNull @Valid NewVisit visit);

  /**
   * @param day default today
   * @param accountManagerId default the caller
   */
  VisitPlan plan(LocalDate day, Long accountManagerId);

  /** The longest period {@link #progress} compares. */
  int MAX_PROGRESS_DAYS = 62;

  /**
   * Plan vs done per account manager of the caller's store (head office: all stores, or {@code
   * storeId}); managers and head office only.
   *
   * @param from default this week's Monday
   * @param to default six days after {@code from}; at most {@link #MAX_PROGRESS_DAYS} days in all
   */
  VisitProgress progress(LocalDate from, LocalDate to, Long storeId);
}
