package org.storecrm.customers.internal.followups;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * When a birthday greeting is due: on the birthday in the store's calendar at the configured time.
 * A birthday on 29 February is greeted on 28 February in a year without one.
 */
final class BirthdayRule {
  private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

  private BirthdayRule() {}

  /** The day a birthday falls on in {@code year}. */
  static LocalDate birthdayIn(LocalDate birthday, int year) {
    return MonthDay.from(birthday).atYear(year); // 29 Feb → 28 Feb in a common year
  }

  /**
   * The birthdays (as {@code month * 100 + day}, the indexed column) greeted on {@code today}: the
   * day's own, and on 28 February of a common year also 29 February's.
   */
  static List<Integer> monthDaysGreetedOn(LocalDate today) {
    int own = today.getMonthValue() * 100 + today.getDayOfMonth();
    if (!today.isLeapYear() && today.getMonthValue() == 2 && today.getDayOfMonth() == 28) {
      return List.of(own, LEAP_DAY.getMonthValue() * 100 + LEAP_DAY.getDayOfMonth());
    }
    return List.of(own);
  }

  /** The greeting call's due time on {@code day}. */
  static ZonedDateTime due(LocalDate day, LocalTime callTime, ZoneId zone) {
    return day.atTime(callTime).atZone(zone);
  }
}
