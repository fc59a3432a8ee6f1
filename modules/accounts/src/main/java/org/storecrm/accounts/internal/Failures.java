package org.storecrm.accounts.internal;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/** What a database failure, wrapped however deep by JPA and EJB, was. */
public final class Failures {
  /** SQLSTATE of a unique constraint's violation, on H2 and PostgreSQL alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** A deadlock or serialization failure (PostgreSQL 40P01, 40001; H2 40001): the loser retries. */
  private static final java.util.Set<String> RETRYABLE = java.util.Set.of("40P01", "40001");

  private Failures() {}

  /** A concurrent run wrote the same step first (a unique key) or changed a row under this one. */
  public static boolean lostToAConcurrentRun(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && (UNIQUE_VIOLATION.equals(sql.getSQLState())
              || RETRYABLE.contains(sql.getSQLState()))) {
        return true;
      }
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
