package org.storecrm.customers.internal.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.ContactPlanPurpose;
import org.storecrm.customers.FollowUpReason;

/** The weekly contact cap: ISO weeks in the chain's calendar, a full week's tasks wait. */
class WeeklyCapTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** 10:00 in Shanghai on the day. */
  private static Instant at(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(10, 0).atZone(SHANGHAI).toInstant();
  }

  @Test
  void weeksRunMondayToSundayInTheChainsCalendar() {
    // Thursday 10 December 2026; Sunday 13 December is still that week.
    assertThat(WeeklyCap.weekOf(at(2026, 12, 10), SHANGHAI)).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(WeeklyCap.weekOf(at(2026, 12, 13), SHANGHAI)).isEqualTo(LocalDate.of(2026, 12, 7));
    // 17:00 UTC on Sunday is already Monday in Shanghai: the next week.
    assertThat(WeeklyCap.weekOf(Instant.parse("2026-12-13T17:00:00Z"), SHANGHAI))
        .isEqualTo(LocalDate.of(2026, 12, 14));
  }

  @Test
  void belowTheCapATaskKeepsItsTime() {
    Map<LocalDate, Integer> weeks = WeeklyCap.perWeek(List.of(at(2026, 12, 8)), SHANGHAI);
    assertThat(WeeklyCap.place(at(2026, 12, 10), weeks, 2, SHANGHAI)).isEqualTo(at(2026, 12, 10));
  }

  @Test
  void atTheCapATaskWaitsForMondayOfTheNextWeekAtTheSameTime() {
    Map<LocalDate, Integer> weeks =
        WeeklyCap.perWeek(List.of(at(2026, 12, 7), at(2026, 12, 9)), SHANGHAI);
    assertThat(WeeklyCap.place(at(2026, 12, 10), weeks, 2, SHANGHAI)).isEqualTo(at(2026, 12, 14));
    assertThat(WeeklyCap.place(at(2026, 12, 10), weeks, 3, SHANGHAI))
        .as("a cap of three has room")
        .isEqualTo(at(2026, 12, 10));
  }

  @Test
  void aFullNextWeekIsSkippedToo() {
    Map<LocalDate, Integer> weeks =
        WeeklyCap.perWeek(
            List.of(at(2026, 12, 7), at(2026, 12, 9), at(2026, 12, 15), at(2026, 12, 16)),
            SHANGHAI);
    assertThat(WeeklyCap.place(at(2026, 12, 10), weeks, 2, SHANGHAI)).isEqualTo(at(2026, 12, 21));
  }

  @Test
  void theWeekAcrossNewYearIsOneWeek() {
    // Monday 28 December 2026 to Sunday 3 January 2027 is ISO week 53 of 2026.
    Map<LocalDate, Integer> weeks =
        WeeklyCap.perWeek(List.of(at(2026, 12, 28), at(2026, 12, 31)), SHANGHAI);
    assertThat(WeeklyCap.place(at(2027, 1, 2), weeks, 2, SHANGHAI)).isEqualTo(at(2027, 1, 4));
  }

  @Test
  void complaintsRecoveryAppointmentsAndPromisedCallbacksAreExempt() {
    assertThat(WeeklyCap.applies(FollowUpReason.COMPLAINT_ESCALATION, null)).isFalse();
    assertThat(WeeklyCap.applies(FollowUpReason.RECOVERY, null)).isFalse();
    assertThat(WeeklyCap.applies(FollowUpReason.APPOINTMENT_CONFIRMATION, null)).isFalse();
    assertThat(WeeklyCap.applies(FollowUpReason.PLANNED_CONTACT, ContactPlanPurpose.CALLBACK))
        .isFalse();
    assertThat(WeeklyCap.applies(FollowUpReason.PLANNED_CONTACT, ContactPlanPurpose.NEXT_VISIT))
        .isTrue();
    assertThat(WeeklyCap.applies(FollowUpReason.HOLIDAY_GREETING, null)).isTrue();
    assertThat(WeeklyCap.applies(FollowUpReason.BIRTHDAY, null)).isTrue();
    assertThat(WeeklyCap.applies(FollowUpReason.GRADE_CADENCE, null)).isFalse();
    assertThat(WeeklyCap.applies(FollowUpReason.FIRST_CONTACT, null)).isFalse();
    assertThat(WeeklyCap.applies(FollowUpReason.POST_SALE, null)).isTrue();
    assertThat(WeeklyCap.applies(FollowUpReason.MEMBER_CARE, null)).isTrue();
  }
}
