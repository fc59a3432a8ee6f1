package org.storecrm.customers.internal;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/** What a database failure, wrapped however deep by JPA and EJB, was. */
public final class Failures {
  /** SQLSTATE of a unique constraint's violation, on H2 and PostgreSQL alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private Failures() {}

  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  public static boolean isStaleUpdate(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
