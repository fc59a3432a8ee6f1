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
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.platform.InvalidSettingException;
import org.storecrm.platform.rest.InputRules;

/**
 * The platform's numbers, from MicroProfile Config; every default is written once, in
 * config/microprofile-config.properties, which documents it. Checked at start-up: a nonsensical
 * value stops the deployment, naming the key and the value, rather than the first request that
 * needs it.
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

  @Inject
  @ConfigProperty(name = "storecrm.security.pbkdf2-iterations")
  int pbkdf2Iterations;

  @Inject
  @ConfigProperty(name = "storecrm.security.password-min-length")
  int passwordMinLength;

  @Inject
  @ConfigProperty(name = "storecrm.security.basic-cache-seconds")
  long basicCacheSeconds;

  @Inject
  @ConfigProperty(name = "storecrm.security.login-recheck-seconds")
  long loginRecheckSeconds;

  @Inject
  @ConfigProperty(name = "storecrm.demo.enabled")
  String demoEnabled;

  @Inject
  @ConfigProperty(name = "storecrm.db.url")
  String databaseUrl;

  @Inject
  @ConfigProperty(name = "storecrm.admin.initial-password")
  Optional<String> initialAdminPassword;

  @Inject Clock clock;

  void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    validate();
  }

  void validate() {
    try {
      earliest = LocalDate.parse(earliestDate.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidSettingException(
          "storecrm.input.earliest-date", earliestDate, "a date yyyy-MM-dd", e);
    }
    atLeast("storecrm.input.latest-years-ahead", latestYearsAhead, 1);
    atLeast("storecrm.security.login-throttle.failures-before-lock", failuresBeforeLock, 1);
    atLeast("storecrm.security.login-throttle.lock-minutes", lockMinutes, 1);
    InvalidSettingException.require(
        !delayStepsMillis.isEmpty() && delayStepsMillis.stream().allMatch(step -> step >= 0),
        "storecrm.security.login-throttle.delay-steps-ms",
        delayStepsMillis.stream().map(String::valueOf).collect(Collectors.joining(",")),
        "a list of delays of 0 ms or more");
    InvalidSettingException.require(
        maxDelayMillis >= 0 && maxDelayMillis <= 60_000,
        "storecrm.security.login-throttle.max-delay-ms",
        maxDelayMillis,
        "from 0 to 60000");
    // Payara's PBKDF2 hash refuses fewer than 1024 iterations, and only when the first password
    // is hashed; the check here makes that a start-up failure.
    atLeast("storecrm.security.pbkdf2-iterations", pbkdf2Iterations, 1024);
    atLeast("storecrm.security.password-min-length", passwordMinLength, 1);
    atLeast("storecrm.security.basic-cache-seconds", basicCacheSeconds, 0);
    atLeast("storecrm.security.login-recheck-seconds", loginRecheckSeconds, 0);
    InvalidSettingException.require(
        List.of("auto", "true", "false").contains(demoEnabled.trim().toLowerCase(Locale.ROOT)),
        "storecrm.demo.enabled",
        demoEnabled,
        "auto, true or false");
  }

  private static void atLeast(String key, long value, long least) {
    InvalidSettingException.require(value >= least, key, value, least + " or more");
  }

  /** PBKDF2 iterations of a new password hash. */
  public int pbkdf2Iterations() {
    return pbkdf2Iterations;
  }

  /** The shortest password a user may set. */
  public int passwordMinLength() {
    return passwordMinLength;
  }

  /** How long a verified HTTP Basic credential is remembered on this node (zero: never). */
  public Duration basicCredentialLife() {
    return Duration.ofSeconds(basicCacheSeconds);
  }

  /** How long this node trusts what it read of a logged-in user (zero: every request). */
  public Duration loginRecheckInterval() {
    return Duration.ofSeconds(loginRecheckSeconds);
  }

  /** Whether demo data is seeded: always, never, or (auto) on the embedded database only. */
  public boolean demoDataWanted() {
    return switch (demoEnabled.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> databaseUrl.startsWith("jdbc:h2:");
    };
  }

  /** The initial administrator's password, when set (production bootstrap). */
  public Optional<String> initialAdminPassword() {
    return initialAdminPassword;
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
