package org.storecrm.customers.internal.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Birthday greetings: on the day in the store's calendar; 29 February on 28 February otherwise. */
class BirthdayRuleTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalTime TEN = LocalTime.of(10, 0);

  @Test
  void aBirthdayFallsOnItsDayInTheStoresCalendar() {
    // 23:30 UTC on 14 May is already 15 May in Shanghai.
    Clock clock = Clock.fixed(Instant.parse("2026-05-14T23:30:00Z"), SHANGHAI);
    LocalDate today = LocalDate.now(clock);
    assertThat(BirthdayRule.monthDaysGreetedOn(today)).containsExactly(515);
    assertThat(BirthdayRule.due(today, TEN, SHANGHAI).toInstant())
        .isEqualTo(Instant.parse("2026-05-15T02:00:00Z"));
    assertThat(BirthdayRule.birthdayIn(LocalDate.of(1990, 5, 15), 2026)).isEqualTo(today);
  }

  @Test
  void theTwentyNinthOfFebruaryIsGreetedOnThe28thInACommonYear() {
    LocalDate leapBirthday = LocalDate.of(1992, 2, 29);
    assertThat(BirthdayRule.birthdayIn(leapBirthday, 2027)).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(BirthdayRule.birthdayIn(leapBirthday, 2028)).isEqualTo(LocalDate.of(2028, 2, 29));

    Clock commonYear = Clock.fixed(Instant.parse("2027-02-28T03:00:00Z"), SHANGHAI);
    assertThat(BirthdayRule.monthDaysGreetedOn(LocalDate.now(commonYear)))
        .containsExactlyInAnyOrder(228, 229);
    Clock leapYear = Clock.fixed(Instant.parse("2028-02-28T03:00:00Z"), SHANGHAI);
    assertThat(BirthdayRule.monthDaysGreetedOn(LocalDate.now(leapYear)))
        .as("in a leap year the 29th has its own day")
        .containsExactly(228);
    assertThat(BirthdayRule.monthDaysGreetedOn(LocalDate.of(2028, 2, 29))).containsExactly(229);
    assertThat(BirthdayRule.monthDaysGreetedOn(LocalDate.of(2027, 3, 1))).containsExactly(301);
  }
}
