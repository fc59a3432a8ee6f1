package org.storecrm.customers.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.SatisfactionRow;
import org.storecrm.platform.RuleViolationException;

/** The satisfaction screen's line figures and its range (issue 15). */
class SatisfactionReportRulesTest {
  @Test
  void aLineHasTheAverageAndTheShareOfFivesToTwoDecimals() {
    SatisfactionRow row = SatisfactionReportService.row("7", "Li Na", 3, 12, 2);
    assertThat(row.surveys()).isEqualTo(3);
    assertThat(row.fives()).isEqualTo(2);
    assertThat(row.averageScore()).isEqualByComparingTo("4.00");
    assertThat(row.averageScore().scale()).isEqualTo(2);
    assertThat(row.shareOfFives()).isEqualByComparingTo("0.67");
  }

  @Test
  void aLineWithoutSurveysHasNoAverage() {
    SatisfactionRow empty = SatisfactionReportService.row("2026-11", null, 0, 0, 0);
    assertThat(empty.averageScore()).isNull();
    assertThat(empty.shareOfFives()).isNull();
  }

  @Test
  void theRangeCoversAtMost366DaysAndEndsNotBeforeItStarts() {
    LocalDate day = LocalDate.of(2026, 12, 7);
    assertThatCode(() -> SatisfactionReportService.checkRange(day, day)).doesNotThrowAnyException();
    assertThatCode(() -> SatisfactionReportService.checkRange(day.minusDays(365), day))
        .doesNotThrowAnyException();
    for (LocalDate from : new LocalDate[] {day.minusDays(366), day.plusDays(1)}) {
      assertThatThrownBy(() -> SatisfactionReportService.checkRange(from, day))
          .isInstanceOfSatisfying(
              RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
  }
}
