package org.storecrm.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.platform.rest.InputRules;

/**
 * The platform's numbers, from MicroProfile Config; every default is written once, in
 * config/microprofile-config.properties, which documents it. Checked at start-up: a nonsensical
 * value stops the application rather than the first request that needs it.
 */
@ApplicationScoped
public class PlatformSettings {
  @Inject
  @ConfigProperty(name = "storecrm.input.earliest-date")
  String earliestDate;

  /** {@link #earliestDate} as read once at start-up (every request body is checked against it). */
  private LocalDate earliest;

  @Inject
  @ConfigProperty(name = "storecrm.input.latest-years-ahead")
  int latestYearsAhead;

  @Inject
  @ConfigProperty(name = "storecrm.security.login-throttle.failures-before-lock")
  int failuresBeforeLock;

  @Inject
  @ConfigProperty(name = "storecrm.security.login-throttle.lock-minutes")
  int lockMinutes;

  @Inject
  @ConfigProperty(name = "storecrm.security.login-throttle.delay-steps-ms")
  List<Long> delayStepsMillis;

  @Inject
  @ConfigProperty(name = "storecrm.security.login-throttle.max-delay-ms")
  long maxDelayMillis;

  @Inject
  @ConfigProperty(name = "storecrm.security.login-throttle.trust-forwarded-for")
  boolean trustForwardedFor;

  @Inject Clock clock;

  void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    validate();
  }

  void validate() {
    try {
      earliest = LocalDate.parse(earliestDate);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "Invalid setting: storecrm.input.earliest-date must be a date (yyyy-MM-dd)", e);
    }
    if (latestYearsAhead < 1) {
      throw new IllegalStateException("Invalid setting: storecrm.input.latest-years-ahead >= 1");
    }
    if (failuresBeforeLock < 1) {
      throw new IllegalStateException(
          "Invalid setting: storecrm.security.login-throttle.failures-before-lock >= 1");
    }
    if (lockMinutes < 1) {
      throw new IllegalStateException(
          "Invalid setting: storecrm.security.login-throttle.lock-minutes >= 1");
    }
    if (delayStepsMillis.isEmpty() || delayStepsMillis.stream().anyMatch(step -> step < 0)) {
      throw new IllegalStateException(
          "Invalid setting: storecrm.security.login-throttle.delay-steps-ms must list delays >= 0");
    }
    if (maxDelayMillis < 0 || maxDelayMillis > 60_000) {
      throw new IllegalStateException(
          "Invalid setting: storecrm.security.login-throttle.max-delay-ms from 0 to 60000");
    }
  }

  /** After this many failed logins in a row a user name or client address is locked. */
  public int loginFailuresBeforeLock() {
    return failuresBeforeLock;
  }

  public Duration loginLockDuration() {
    return Duration.ofMinutes(lockMinutes);
  }

  /**
   * How long a login attempt waits after {@code failures} failed ones: the delay step of that
   * failure (the last step repeating), never more than the maximum delay.
   */
  public Duration loginDelayAfter(int failures) {
    if (failures <= 0) {
      return Duration.ZERO;
    }
    long step = delayStepsMillis.get(Math.min(failures, delayStepsMillis.size()) - 1);
    return Duration.ofMillis(Math.min(step, maxDelayMillis));
  }

  /** Whether X-Forwarded-For names the client (only behind a load balancer that sets it). */
  public boolean trustForwardedFor() {
    return trustForwardedFor;
  }

  /** The input rules of today: plausible dates from the earliest setting to years ahead. */
  public InputRules inputRules() {
    return new InputRules(earliest, LocalDate.now(clock).plusYears(latestYearsAhead));
  }
}
