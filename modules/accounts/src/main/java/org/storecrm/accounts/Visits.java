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
}
