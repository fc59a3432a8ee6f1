package org.storecrm.platform.internal.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.LoginLock;
import org.storecrm.platform.internal.PlatformSettings;

/**
 * The failed-login counts in {@code plt_login_throttle}, shared by all instances. Each call is a
 * transaction of its own, so a count survives the login that failed, and every change is one
 * set-based statement, so two instances counting the same subject at once lose nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottleStore {
  static final String RECORD_TYPE = "LOGIN_LOCK";

  @PersistenceContext EntityManager em;
  @Inject PlatformSettings settings;
  @Inject AuditTrail audit;

  /** What the table says of some subjects now. */
  public record SubjectState(
      String subject, int failures, Instant lastFailureAt, Instant lockedUntil) {
    public boolean lockedAt(Instant now) {
      return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The failures that still count: none once a lock ran out or the last one is long ago. */
    public int countingFailuresAt(Instant now, Instant forgetBefore) {
      boolean lockRanOut = lockedUntil != null && !lockedUntil.isAfter(now);
      return lockRanOut || lastFailureAt.isBefore(forgetBefore) ? 0 : failures;
    }
  }

  public List<SubjectState> states(Collection<String> subjects) {
    List<SubjectState> states = new ArrayList<>();
    for (String subject : subjects) {
      List<?> rows =
          em.createNativeQuery(
                  "SELECT subject, failures, last_failure_at, locked_until"
                      + " FROM plt_login_throttle WHERE subject = ?1")
              .setParameter(1, subject)
              .getResultList();
      rows.forEach(row -> states.add(state((Object[]) row)));
    }
    return states;
  }

  /**
   * Counts one failure of the subject; when it reaches the setting's number, locks it (audited).
   * Failures count anew once a lock ran out or the last failure is older than a lock's length.
   *
   * @return the end of the lock this failure started, if it started one
   */
  public Optional<Instant> recordFailure(String subject, Instant moment) {
    // Whole milliseconds, as both databases store them, so the lock read back compares equal.
    Instant now = moment.truncatedTo(ChronoUnit.MILLIS);
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    OffsetDateTime forgetBefore = now.minus(settings.loginLockDuration()).atOffset(ZoneOffset.UTC);
    OffsetDateTime lockEnd = now.plus(settings.loginLockDuration()).atOffset(ZoneOffset.UTC);
    int limit = settings.loginFailuresBeforeLock();
    // Typed: PostgreSQL cannot infer a parameter's type from a CASE whose other branch is a column.
    final String lockEndParameter = "CAST(?4 AS TIMESTAMP WITH TIME ZONE)";
    // The right-hand sides read the row as it was before this statement.
    String fresh = "(last_failure_at < ?2 OR (locked_until IS NOT NULL AND locked_until <= ?1))";
    int updated =
        em.createNativeQuery(
                "UPDATE plt_login_throttle SET"
                    + " failures = CASE WHEN "
                    + fresh
                    + " THEN 1 ELSE failures + 1 END,"
                    + " locked_until = CASE WHEN "
                    + fresh
                    + " THEN (CASE WHEN ?3 <= 1 THEN "
                    + lockEndParameter
                    + " ELSE NULL END)"
                    + " WHEN locked_until IS NULL AND failures + 1 >= ?3 THEN "
                    + lockEndParameter
                    + " ELSE locked_until END,"
                    + " last_failure_at = ?1"
                    + " WHERE subject = ?5")
            .setParameter(1, at)
            .setParameter(2, forgetBefore)
            .setParameter(3, limit)
            .setParameter(4, lockEnd)
            .setParameter(5, subject)
            .executeUpdate();
    if (updated == 0) {
      // A concurrent insert of the same subject fails on the primary key; the caller repeats.
      em.createNativeQuery(
              "INSERT INTO plt_login_throttle (subject, failures, last_failure_at, locked_until)"
                  + " VALUES (?1, 1, ?2, CAST(?3 AS TIMESTAMP WITH TIME ZONE))")
          .setParameter(1, subject)
          .setParameter(2, at)
          .setParameter(3, limit <= 1 ? lockEnd : null)
          .executeUpdate();
    }
    SubjectState after = states(List.of(subject)).get(0);
    if (after.lockedUntil() != null && after.lockedUntil().equals(lockEnd.toInstant())) {
      audit.action(
          record(subject),
          "LOCK",
          subject
              + " locked until "
              + after.lockedUntil()
              + " after "
              + after.failures()
              + " failed logins");
      return Optional.of(after.lockedUntil());
    }
    return Optional.empty();
  }

  /** A login attempt refused because of a lock, audited (the password was not even checked). */
  public void refused(String subject, Instant lockedUntil) {
    audit.action(
        record(subject),
        "LOGIN_REFUSED",
        "login refused: " + subject + " locked until " + lockedUntil);
  }

  /** A correct login: its subjects' failures are forgotten, unless a lock holds (it stays). */
  public void succeeded(Collection<String> subjects, Instant now) {
    for (String subject : subjects) {
      em.createNativeQuery(
              "DELETE FROM plt_login_throttle WHERE subject = ?1"
                  + " AND (locked_until IS NULL OR locked_until <= ?2)")
          .setParameter(1, subject)
          .setParameter(2, now.atOffset(ZoneOffset.UTC))
          .executeUpdate();
    }
  }

  public List<LoginLock> locks(Instant now) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT subject, failures, last_failure_at, locked_until FROM plt_login_throttle"
                    + " WHERE locked_until > ?1 ORDER BY locked_until, subject")
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .getResultList();
    return rows.stream()
        .map(row -> state((Object[]) row))
        .map(
            state -> {
              int colon = state.subject().indexOf(':');
              return new LoginLock(
                  state.subject(),
                  state.subject().substring(0, colon),
                  state.subject().substring(colon + 1),
                  state.failures(),
                  state.lockedUntil());
            })
        .toList();
  }

  /** Lifts a lock in force, audited; false when there is none. */
  public boolean lift(String subject, Instant now) {
    int lifted =
        em.createNativeQuery(
                "DELETE FROM plt_login_throttle WHERE subject = ?1 AND locked_until > ?2")
            .setParameter(1, subject)
            .setParameter(2, now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (lifted > 0) {
      audit.action(record(subject), "UNLOCK", subject + " unlocked by an administrator");
    }
    return lifted > 0;
  }

  private static AuditedRecord record(String subject) {
    return new AuditedRecord(
        RECORD_TYPE, subject.length() > 40 ? subject.substring(0, 40) : subject, null);
  }

  private static SubjectState state(Object[] row) {
    return new SubjectState(
        (String) row[0], ((Number) row[1]).intValue(), instant(row[2]), instant(row[3]));
  }

  /** H2 and PostgreSQL drivers hand timestamps with time zone back as different types. */
  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.time.ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
  }
}
