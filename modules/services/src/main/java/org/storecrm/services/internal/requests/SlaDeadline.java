package org.storecrm.services.internal.requests;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a service request's promise falls due: the allowance (city 2 h, county 6 h) counted from the
 * later of registration and the agreed time, within the store's service hours in the store's zone.
 * Time outside the hours does not count: a request registered after closing starts its clock at the
 * next opening, and an allowance that does not fit before closing carries over to the next service
 * day's opening. Days that are not service days are skipped.
 */
public final class SlaDeadline {
  private final LocalTime opens;
  private final LocalTime closes;
  private final Set<DayOfWeek> serviceDays;
  private final ZoneId zone;

  /**
   * @param opens when service hours start each service day
   * @param closes when they end; after {@code opens} on the same day
   * @param serviceDays the days with service hours, at least one
   */
  public SlaDeadline(LocalTime opens, LocalTime closes, Set<DayOfWeek> serviceDays, ZoneId zone) {
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException(
          "Service hours must close after they open: " + opens + "–" + closes);
    }
    if (serviceDays.isEmpty()) {
      throw new IllegalArgumentException("At least one service day is needed");
    }
    this.opens = opens;
    this.closes = closes;
    this.serviceDays = EnumSet.copyOf(serviceDays);
    this.zone = zone;
  }

  /** Service hours on every day of the week. */
  public SlaDeadline(LocalTime opens, LocalTime closes, ZoneId zone) {
    this(opens, closes, EnumSet.allOf(DayOfWeek.class), zone);
  }

  /**
   * @param registeredAt when the request was registered
   * @param agreedAt the time agreed with the customer, or null; may lie before registration (an
   *     imported request), in which case registration counts
   * @param allowance the promise's length in service time
   */
  public Instant deadline(Instant registeredAt, Instant agreedAt, Duration allowance) {
    if (allowance.isNegative()) {
      throw new IllegalArgumentException("A negative allowance: " + allowance);
    }
    Instant start = agreedAt != null && agreedAt.isAfter(registeredAt) ? agreedAt : registeredAt;
    return deadline(start, allowance);
  }

  /** The allowance in service time from {@code start}. */
  public Instant deadline(Instant start, Duration allowance) {
    ZonedDateTime at = start.atZone(zone);
    Duration left = allowance;
    // Each turn either ends or moves to the next day; a year bounds even one service day a week.
    for (int days = 0; days < 3660; days++) {
      LocalDate day = at.toLocalDate();
      ZonedDateTime open = day.atTime(opens).atZone(zone);
      ZonedDateTime close = day.atTime(closes).atZone(zone);
      if (!serviceDays.contains(day.getDayOfWeek()) || !at.isBefore(close)) {
        at = day.plusDays(1).atTime(opens).atZone(zone);
        continue;
      }
      if (at.isBefore(open)) {
        at = open;
      }
      Duration available = Duration.between(at, close);
      if (left.compareTo(available) <= 0) {
        return at.plus(left).toInstant();
      }
      left = left.minus(available);
      at = day.plusDays(1).atTime(opens).atZone(zone);
    }
    throw new IllegalStateException("No deadline within ten years of " + start);
  }
}
