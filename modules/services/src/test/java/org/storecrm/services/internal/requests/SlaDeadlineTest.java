package org.storecrm.services.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SlaDeadlineTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Duration CITY = Duration.ofHours(2);
  private static final Duration COUNTY = Duration.ofHours(6);
  private final SlaDeadline hours =
      new SlaDeadline(LocalTime.of(8, 30), LocalTime.of(20, 30), SHANGHAI);

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  void withinServiceHoursTheDeadlineIsTheAllowanceLater() {
    assertThat(hours.deadline(at("2026-12-02T10:00"), null, CITY))
        .isEqualTo(at("2026-12-02T12:00"));
    assertThat(hours.deadline(at("2026-12-02T10:00"), null, COUNTY))
        .isEqualTo(at("2026-12-02T16:00"));
  }

  @Test
  void aDeadlineExactlyAtClosingStaysThatDay() {
    assertThat(hours.deadline(at("2026-12-02T18:30"), null, CITY))
        .isEqualTo(at("2026-12-02T20:30"));
  }

  @Test
  void whatDoesNotFitBeforeClosingCarriesOverToTheNextOpening() {
    assertThat(hours.deadline(at("2026-12-02T19:30"), null, CITY))
        .isEqualTo(at("2026-12-03T09:30"));
    assertThat(hours.deadline(at("2026-12-02T17:00"), null, COUNTY))
        .as("3.5 h today, 2.5 h tomorrow")
        .isEqualTo(at("2026-12-03T11:00"));
  }

  @Test
  void aRequestRegisteredAfterHoursStartsItsClockAtTheNextOpening() {
    assertThat(hours.deadline(at("2026-12-02T21:15"), null, CITY))
        .isEqualTo(at("2026-12-03T10:30"));
    assertThat(hours.deadline(at("2026-12-02T20:30"), null, CITY))
        .as("closing time itself is after hours")
        .isEqualTo(at("2026-12-03T10:30"));
  }

  @Test
  void acrossMidnightARequestAfterMidnightStartsAtThatMorningsOpening() {
    assertThat(hours.deadline(at("2026-12-02T23:59"), null, CITY))
        .isEqualTo(at("2026-12-03T10:30"));
    assertThat(hours.deadline(at("2026-12-03T00:30"), null, CITY))
        .as("same morning, not the next day")
        .isEqualTo(at("2026-12-03T10:30"));
    assertThat(hours.deadline(at("2026-12-03T08:29"), null, CITY))
        .isEqualTo(at("2026-12-03T10:30"));
  }

  @Test
  void aLongAllowanceSpansSeveralServiceDays() {
    assertThat(hours.deadline(at("2026-12-02T20:00"), null, Duration.ofHours(25)))
        .as("0.5 h, 12 h, 12 h, 0.5 h")
        .isEqualTo(at("2026-12-05T09:00"));
  }

  @Test
  void weekendsAreServiceDaysByDefault() {
    // 2026-12-05 is a Saturday
    assertThat(hours.deadline(at("2026-12-05T11:00"), null, CITY))
        .isEqualTo(at("2026-12-05T13:00"));
    assertThat(hours.deadline(at("2026-12-05T19:45"), null, CITY))
        .isEqualTo(at("2026-12-06T09:45"));
  }

  @Test
  void aStoreWithoutWeekendServiceCarriesFridayOverToMonday() {
    SlaDeadline weekdays =
        new SlaDeadline(
            LocalTime.of(8, 30),
            LocalTime.of(20, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            SHANGHAI);
    // Friday 2026-12-04 19:30: one hour on Friday, one on Monday 2026-12-07
    assertThat(weekdays.deadline(at("2026-12-04T19:30"), null, CITY))
        .isEqualTo(at("2026-12-07T09:30"));
    assertThat(weekdays.deadline(at("2026-12-05T10:00"), null, CITY))
        .as("registered on Saturday: Monday's opening")
        .isEqualTo(at("2026-12-07T10:30"));
  }

  @Test
  void theClockRunsFromTheAgreedTimeWhenItIsLater() {
    assertThat(hours.deadline(at("2026-12-02T10:00"), at("2026-12-03T14:00"), CITY))
        .isEqualTo(at("2026-12-03T16:00"));
    assertThat(hours.deadline(at("2026-12-02T10:00"), at("2026-12-02T19:00"), CITY))
        .as("an agreed time late in the day carries over too")
        .isEqualTo(at("2026-12-03T09:00"));
    assertThat(hours.deadline(at("2026-12-02T10:00"), at("2026-12-02T22:00"), COUNTY))
        .as("an agreed time after hours starts at the next opening")
        .isEqualTo(at("2026-12-03T14:30"));
  }

  @Test
  void aPastAgreedTimeOfAnImportedRequestCountsFromRegistration() {
    assertThat(hours.deadline(at("2026-12-02T10:00"), at("2026-11-20T09:00"), CITY))
        .isEqualTo(at("2026-12-02T12:00"));
  }

  @Test
  void anImportedRequestRegisteredInThePastHasAPastDeadline() {
    Instant registered = at("2026-11-20T09:00");
    assertThat(hours.deadline(registered, registered, CITY)).isEqualTo(at("2026-11-20T11:00"));
  }

  @Test
  void theStoresZoneDecidesTheHoursNotUtc() {
    SlaDeadline utc = new SlaDeadline(LocalTime.of(8, 30), LocalTime.of(20, 30), ZoneId.of("UTC"));
    Instant tenInShanghai = at("2026-12-02T10:00"); // 02:00 UTC: before opening in UTC
    assertThat(hours.deadline(tenInShanghai, null, CITY)).isEqualTo(at("2026-12-02T12:00"));
    assertThat(utc.deadline(tenInShanghai, null, CITY))
        .isEqualTo(Instant.parse("2026-12-02T10:30:00Z"));
  }

  @Test
  void badServiceHoursAreRefused() {
    assertThatThrownBy(() -> new SlaDeadline(LocalTime.of(20, 0), LocalTime.of(8, 0), SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new SlaDeadline(
                    LocalTime.of(8, 0),
                    LocalTime.of(20, 0),
                    EnumSet.noneOf(DayOfWeek.class),
                    SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
