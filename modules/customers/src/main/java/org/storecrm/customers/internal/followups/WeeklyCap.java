package org.storecrm.customers.internal.followups;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.storecrm.customers.ContactPlanPurpose;
import org.storecrm.customers.FollowUpReason;

/**
 * The cap on contacts per customer per ISO week (Monday to Sunday in the chain's calendar): a
 * follow-up the store opens in a week that already holds {@code cap} of the customer's tasks (open
 * or done, any reason) waits: it moves to the same time on the Monday of the first later week with
 * room. Exempt, because the customer asked for them or the grade's cadence is the sale itself: an
 * intent customer's first contact and grade cadence, complaint escalations, recovery tasks,
 * appointment confirmations and promised callbacks never wait (they still count against the week,
 * so the care and greeting calls around them do).
 */
final class WeeklyCap {
  private static final Set<FollowUpReason> EXEMPT =
      EnumSet.of(
          FollowUpReason.FIRST_CONTACT,
          FollowUpReason.GRADE_CADENCE,
          FollowUpReason.COMPLAINT_ESCALATION,
          FollowUpReason.RECOVERY,
          FollowUpReason.APPOINTMENT_CONFIRMATION);

  private WeeklyCap() {}

  /** Whether a task of this reason (and purpose, for a planned contact) is kept to the cap. */
  static boolean applies(FollowUpReason reason, ContactPlanPurpose purpose) {
    if (EXEMPT.contains(reason)) {
      return false;
    }
    return !(reason == FollowUpReason.PLANNED_CONTACT && purpose == ContactPlanPurpose.CALLBACK);
  }

  /** The Monday of the ISO week {@code at} falls in. */
  static LocalDate weekOf(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate().with(DayOfWeek.MONDAY);
  }

  /** The customer's tasks per week, as {@link #place} counts them. */
  static Map<LocalDate, Integer> perWeek(Collection<Instant> dueTimes, ZoneId zone) {
    Map<LocalDate, Integer> weeks = new HashMap<>();
    for (Instant due : dueTimes) {
      weeks.merge(weekOf(due, zone), 1, Integer::sum);
    }
    return weeks;
  }

  /**
   * Where a capped task due at {@code due} goes, given the customer's tasks per week: its own time
   * when its week has room, else the same time of day on the Monday of the first week after with
   * room. The caller counts the placed task in its week.
   */
  static Instant place(Instant due, Map<LocalDate, Integer> perWeek, int cap, ZoneId zone) {
    ZonedDateTime at = due.atZone(zone);
    LocalDate week = at.toLocalDate().with(DayOfWeek.MONDAY);
    if (perWeek.getOrDefault(week, 0) < cap) {
      return due;
    }
    do {
      week = week.plusWeeks(1);
    } while (perWeek.getOrDefault(week, 0) >= cap);
    return week.atTime(at.toLocalTime()).atZone(zone).toInstant();
  }
}
