package org.storecrm.customers.internal.followups;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a holiday greeting is due: the call opens {@code leadDays} before the holiday and is due
 * that day (or on the day the sweep first sees the holiday, when the admin entered it late), up to
 * the holiday itself; after the holiday nothing opens. A holiday in early January is greeted from
 * the last days of December before it: the key is the holiday's own year, not the sweep's.
 */
final class HolidayRule {
  private HolidayRule() {}

  /** The first day a greeting for a holiday on {@code holiday} opens. */
  static LocalDate opensOn(LocalDate holiday, int leadDays) {
    return holiday.minusDays(leadDays);
  }

  /**
   * The day the greeting call is due when the sweep runs on {@code today}: empty before the lead
   * days start and after the holiday.
   */
  static Optional<LocalDate> greetingDue(LocalDate holiday, LocalDate today, int leadDays) {
    LocalDate opens = opensOn(holiday, leadDays);
    if (today.isBefore(opens) || today.isAfter(holiday)) {
      return Optional.empty();
    }
    return Optional.of(opens.isBefore(today) ? today : opens);
  }

  /** The holidays a sweep on {@code today} greets lie in [today, today + leadDays]. */
  static LocalDate lastHolidayGreetedOn(LocalDate today, int leadDays) {
    return today.plusDays(leadDays);
  }
}
