package org.storecrm.accounts;

import java.time.LocalDate;
import java.util.List;

/**
 * An account manager's plan for a day (docs/domain.md, "Visit plans"): the cold visits target and
 * how many were done, the visits planned (overdue ones from earlier days first), and the accounts
 * the rules say are due a visit: a cold-visited prospect again weekly, clients twice a month.
 */
public record VisitPlan(
    LocalDate day,
    Long accountManagerId,
    int coldTarget,
    long coldDone,
    List<VisitView> planned,
    List<DueVisit> due) {
  public VisitPlan {
    planned = List.copyOf(planned);
    due = List.copyOf(due);
  }

  /** An account due a visit by the rules, since {@code dueOn} (overdue before the plan's day). */
  public record DueVisit(
      long accountId,
      String accountName,
      AccountStatus status,
      VisitKind kind,
      LocalDate lastVisitOn,
      LocalDate dueOn,
      boolean overdue) {}
}
