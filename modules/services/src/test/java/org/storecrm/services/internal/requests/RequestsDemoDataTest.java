package org.storecrm.services.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RequestsDemoDataTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Duration CITY = Duration.ofHours(2);
  private static final Duration WARN = Duration.ofMinutes(30);
  private final SlaDeadline hours =
      new SlaDeadline(LocalTime.of(8, 30), LocalTime.of(20, 30), SHANGHAI);

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  void inServiceHoursTheDemoRequestIsRegisteredSoItsDeadlineIsWithinTheWarning() {
    Instant now = at("2026-12-02T15:00");
    Instant registered = RequestsDemoData.atRiskRegistration(hours, CITY, now, WARN);
    Instant deadline = hours.deadline(registered, null, CITY);
    assertThat(registered).isBefore(now);
    assertThat(deadline).isAfter(now).isBeforeOrEqualTo(now.plus(Duration.ofMinutes(20)));
    assertThat(deadline).isEqualTo(at("2026-12-02T15:20"));
  }

  @Test
  void soonAfterOpeningTheDeadlineCarriedOverFromTheEveningBefore() {
    Instant now = at("2026-12-02T08:40");
    Instant registered = RequestsDemoData.atRiskRegistration(hours, CITY, now, WARN);
    assertThat(hours.deadline(registered, null, CITY)).isEqualTo(at("2026-12-02T09:00"));
    assertThat(registered).isEqualTo(at("2026-12-01T19:00"));
  }

  @Test
  void afterClosingNoDeadlineIsNearSoTheRequestIsRegisteredNow() {
    Instant now = at("2026-12-02T23:00");
    assertThat(RequestsDemoData.atRiskRegistration(hours, CITY, now, WARN)).isEqualTo(now);
  }
}
