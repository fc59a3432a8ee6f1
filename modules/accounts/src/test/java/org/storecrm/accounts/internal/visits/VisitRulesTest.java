package org.storecrm.accounts.internal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storecrm.accounts.AccountStatus;

class VisitRulesTest {
  private static final LocalDate SINCE = LocalDate.of(2026, 11, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 11, 20);

  @Test
  void aColdVisitedProspectIsVisitedAgainWeekly() {
    assertThat(VisitRules.nextDue(AccountStatus.PROSPECT, LAST, SINCE, 7, 15))
        .isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void aProspectNeverVisitedWaitsForTheColdVisits() {
    assertThat(VisitRules.nextDue(AccountStatus.PROSPECT, null, SINCE, 7, 15)).isNull();
  }

  @Test
  void clientsTwiceAMonthFromTheLastVisitOrFromBecomingAnAccount() {
    assertThat(VisitRules.nextDue(AccountStatus.ACTIVE, LAST, SINCE, 7, 15))
        .isEqualTo(LocalDate.of(2026, 12, 5));
    assertThat(VisitRules.nextDue(AccountStatus.KEY, null, SINCE, 7, 15))
        .isEqualTo(LocalDate.of(2026, 11, 16));
  }
}
