package org.storecrm.accounts.internal.visits;

import java.time.LocalDate;
import org.storecrm.accounts.AccountStatus;

/**
 * When an account is due its next visit (docs/domain.md, "Visit plans"): a prospect that was
 * visited (cold or again) every {@code prospectDays}; an active or key client every {@code
 * clientDays} (twice a month), from its last visit or, never visited, from the day it became an
 * account. A prospect never visited waits for the territory's cold visits: no due date.
 */
public final class VisitRules {
  private VisitRules() {}

  public static LocalDate nextDue(
      AccountStatus status,
      LocalDate lastVisit,
      LocalDate accountSince,
      int prospectDays,
      int clientDays) {
    if (status == AccountStatus.PROSPECT) {
      return lastVisit == null ? null : lastVisit.plusDays(prospectDays);
    }
    return (lastVisit == null ? accountSince : lastVisit).plusDays(clientDays);
  }
}
