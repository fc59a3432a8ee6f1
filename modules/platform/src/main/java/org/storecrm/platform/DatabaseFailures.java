package org.storecrm.platform;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * What a database failure, wrapped however deep by JPA and EJB, was; and the one retry of a sweep
 * that lost to a concurrent run, which every module's timers use.
 */
public final class DatabaseFailures {
  private static final Logger LOG = Logger.getLogger(DatabaseFailures.class.getName());

  /** SQLSTATE of a unique constraint's violation, on H2 and PostgreSQL alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** A deadlock or serialization failure (PostgreSQL 40P01, 40001; H2 40001): the loser retries. */
  private static final Set<String> DEADLOCK_OR_SERIALIZATION = Set.of("40P01", "40001");

  private DatabaseFailures() {}

  /** A unique key refused the row: someone wrote it first. */
  public static boolean isUniqueViolation(Throwable failure) {
    return sqlState(failure, Set.of(UNIQUE_VIOLATION));
  }

  /** A versioned update found the row changed since it was read. */
  public static boolean isStaleUpdate(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a run failed because a concurrent run (another instance's timer, an administrator)
   * wrote the same row first (a unique key), changed a row under it (a stale versioned update) or
   * met it in a deadlock or serialization failure. Such a run is simply repeated: it then finds the
   * other's work and adds nothing.
   */
  public static boolean lostToAConcurrentRun(Throwable failure) {
    return isUniqueViolation(failure)
        || isStaleUpdate(failure)
        || sqlState(failure, DEADLOCK_OR_SERIALIZATION);
  }

  /**
   * Runs a sweep (a call into a transactional bean), repeating it, up to {@code attempts} runs in
   * all, while it loses to a concurrent run; any other failure, or the last attempt's, is thrown.
   *
   * @param sweep the sweep's name, for the log
   */
  public static <T> T repeatingLostRaces(String sweep, int attempts, Supplier<T> run) {
    for (int attempt = 1; ; attempt++) {
      try {
        return run.get();
      } catch (EJBException e) {
        if (attempt >= attempts || !lostToAConcurrentRun(e)) {
          throw e;
        }
        int failed = attempt;
        LOG.info(() -> sweep + " met a concurrent run (attempt " + failed + "), repeating");
      }
    }
  }

  private static boolean sqlState(Throwable failure, Set<String> states) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && states.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
