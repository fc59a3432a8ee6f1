package org.storecrm.customers.internal.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.IntentGrade;

/**
 * The cadence of docs/domain.md ("Intent grades and cadence"): O weekly, H every 2 days, A weekly,
 * B twice a month; leads within 24 h.
 */
class FollowUpPlanTest {
  private static final Instant MONDAY_10_00 = Instant.parse("2026-11-23T02:00:00Z");
  private static final LocalTime TEN = LocalTime.of(10, 0);
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final FollowUpPlan defaults =
      new FollowUpPlan(FollowUpPlanTest::documentedCadenceDays, 24, TEN, 3);

  /** The cadence docs/domain.md gives and config/microprofile-config.properties sets. */
  static int documentedCadenceDays(IntentGrade grade) {
    return switch (grade) {
      case O, A -> 7;
      case H -> 2;
      case B -> 15;
    };
  }

  @Test
  void eachGradeHasItsCadence() {
    assertThat(defaults.nextForGrade(IntentGrade.O, MONDAY_10_00))
        .isEqualTo(MONDAY_10_00.plus(Duration.ofDays(7)));
    assertThat(defaults.nextForGrade(IntentGrade.H, MONDAY_10_00))
        .isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));
    assertThat(defaults.nextForGrade(IntentGrade.A, MONDAY_10_00))
        .isEqualTo(MONDAY_10_00.plus(Duration.ofDays(7)));
    assertThat(defaults.nextForGrade(IntentGrade.B, MONDAY_10_00))
        .isEqualTo(MONDAY_10_00.plus(Duration.ofDays(15)));
  }

  @Test
  void aNewLeadIsContactedWithin24Hours() {
    assertThat(defaults.firstContactDue(MONDAY_10_00))
        .isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
  }

  @Test
  void theCadenceComesFromConfiguration() {
    FollowUpPlan configured =
        new FollowUpPlan(
            grade -> grade == IntentGrade.H ? 1 : documentedCadenceDays(grade), 4, TEN, 3);
    assertThat(configured.cadence(IntentGrade.H)).isEqualTo(Duration.ofDays(1));
    assertThat(configured.firstContactDue(MONDAY_10_00))
        .isEqualTo(MONDAY_10_00.plusSeconds(4 * 3600));
  }

  @Test
  void refusesACadenceOfLessThanADay() {
    assertThatThrownBy(() -> new FollowUpPlan(grade -> 0, 24, TEN, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAppointmentIsConfirmedTheDayBeforeAtTheConfiguredTime() {
    Instant thursday15_00 = Instant.parse("2026-11-26T07:00:00Z");
    assertThat(defaults.appointmentConfirmationDue(thursday15_00, MONDAY_10_00, SHANGHAI))
        .contains(Instant.parse("2026-11-25T02:00:00Z"));
  }

  @Test
  void anAppointmentBookedForTomorrowAfterTheCallTimeIsConfirmedAtOnce() {
    Instant mondayEvening = Instant.parse("2026-11-23T10:00:00Z"); // 18:00 in Shanghai
    Instant tuesday11_00 = Instant.parse("2026-11-24T03:00:00Z");
    assertThat(defaults.appointmentConfirmationDue(tuesday11_00, mondayEvening, SHANGHAI))
        .contains(mondayEvening);
  }

  @Test
  void anAppointmentForTodayNeedsNoConfirmationCall() {
    Instant mondayEvening = Instant.parse("2026-11-23T10:00:00Z");
    assertThat(defaults.appointmentConfirmationDue(mondayEvening, MONDAY_10_00, SHANGHAI))
        .isEmpty();
  }

  @Test
  void aSaleIsCalledBackAfterTheConfiguredDays() {
    assertThat(defaults.postSaleCallbackDue(MONDAY_10_00))
        .isEqualTo(Instant.parse("2026-11-26T02:00:00Z"));
  }
}
