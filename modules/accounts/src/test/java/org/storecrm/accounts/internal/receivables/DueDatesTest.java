package org.storecrm.accounts.internal.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueDatesTest {
  private static final LocalDate SOLD = LocalDate.of(2026, 11, 3);

  @Test
  void dueByTheTermsFromTheDayOfTheSale() {
    assertThat(DueDates.due(SOLD, 30)).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(DueDates.due(SOLD, 3)).isEqualTo(LocalDate.of(2026, 11, 6));
    assertThat(DueDates.due(SOLD, 0)).isEqualTo(SOLD);
    assertThat(DueDates.due(LocalDate.of(2026, 1, 31), 30)).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void overdueFromTheDayAfterTheDueDate() {
    LocalDate due = DueDates.due(SOLD, 30);
    assertThat(DueDates.overdue(due, due)).as("paid on the due date is on time").isFalse();
    assertThat(DueDates.overdue(due, due.minusDays(1))).isFalse();
    assertThat(DueDates.overdue(due, due.plusDays(1))).isTrue();
    assertThat(DueDates.daysOverdue(due, due)).isZero();
    assertThat(DueDates.daysOverdue(due, due.minusDays(5))).isZero();
    assertThat(DueDates.daysOverdue(due, due.plusDays(1))).isEqualTo(1);
    // An invoice imported 31 days old on 30-day terms is one day overdue.
    LocalDate today = LocalDate.of(2026, 12, 5);
    assertThat(DueDates.daysOverdue(DueDates.due(today.minusDays(31), 30), today)).isEqualTo(1);
  }

  @Test
  void theReminderComesBeforeTheDueDateNotAfter() {
    LocalDate due = LocalDate.of(2026, 12, 10);
    assertThat(DueDates.reminderFrom(due, 3)).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(DueDates.reminderFrom(due, 3)).isBefore(due);
  }
}
