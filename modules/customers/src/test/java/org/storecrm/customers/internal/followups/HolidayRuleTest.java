package org.storecrm.customers.internal.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Holiday greetings: from the lead days before the holiday up to the holiday, keyed by its year.
 */
class HolidayRuleTest {
  private static final LocalDate MID_AUTUMN_2026 = LocalDate.of(2026, 9, 25);

  @Test
  void theGreetingOpensTheLeadDaysBeforeAndIsDueThatDay() {
    assertThat(HolidayRule.opensOn(MID_AUTUMN_2026, 3)).isEqualTo(LocalDate.of(2026, 9, 22));
    assertThat(HolidayRule.greetingDue(MID_AUTUMN_2026, LocalDate.of(2026, 9, 21), 3)).isEmpty();
    assertThat(HolidayRule.greetingDue(MID_AUTUMN_2026, LocalDate.of(2026, 9, 22), 3))
        .contains(LocalDate.of(2026, 9, 22));
  }

  @Test
  void aHolidaySeenLateIsGreetedTheDayItIsSeenUpToTheHolidayItself() {
    assertThat(HolidayRule.greetingDue(MID_AUTUMN_2026, LocalDate.of(2026, 9, 24), 3))
        .contains(LocalDate.of(2026, 9, 24));
    assertThat(HolidayRule.greetingDue(MID_AUTUMN_2026, MID_AUTUMN_2026, 3))
        .contains(MID_AUTUMN_2026);
    assertThat(HolidayRule.greetingDue(MID_AUTUMN_2026, LocalDate.of(2026, 9, 26), 3)).isEmpty();
  }

  @Test
  void noLeadDaysGreetsOnTheDay() {
    assertThat(HolidayRule.greetingDue(MID_AUTUMN_2026, LocalDate.of(2026, 9, 24), 0)).isEmpty();
    assertThat(HolidayRule.greetingDue(MID_AUTUMN_2026, MID_AUTUMN_2026, 0))
        .contains(MID_AUTUMN_2026);
  }

  @Test
  void aHolidayEarlyInJanuaryIsGreetedFromDecemberUnderItsOwnYear() {
    LocalDate newYear = LocalDate.of(2027, 1, 1);
    assertThat(HolidayRule.opensOn(newYear, 3)).isEqualTo(LocalDate.of(2026, 12, 29));
    assertThat(HolidayRule.greetingDue(newYear, LocalDate.of(2026, 12, 28), 3)).isEmpty();
    assertThat(HolidayRule.greetingDue(newYear, LocalDate.of(2026, 12, 30), 3))
        .contains(LocalDate.of(2026, 12, 30));
    assertThat(HolidayRule.lastHolidayGreetedOn(LocalDate.of(2026, 12, 29), 3)).isEqualTo(newYear);
    assertThat(SweepKeys.holiday("NEW_YEAR", newYear.getYear())).isEqualTo("HOLIDAY:NEW_YEAR:2027");
  }

  @Test
  void springFestival2028IsGreetedFromTheLeadDaysInJanuary() {
    LocalDate springFestival = LocalDate.of(2028, 1, 26);
    assertThat(HolidayRule.greetingDue(springFestival, LocalDate.of(2028, 1, 23), 3))
        .contains(LocalDate.of(2028, 1, 23));
    assertThat(SweepKeys.holiday("SPRING_FESTIVAL", 2028).length())
        .as("fits the dedupe key column with the longest name key")
        .isLessThanOrEqualTo(40);
    assertThat(SweepKeys.holiday("X".repeat(20), 2028).length()).isLessThanOrEqualTo(40);
  }
}
