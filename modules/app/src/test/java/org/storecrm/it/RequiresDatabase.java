package org.storecrm.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the run's database exists. Missing it fails the class in CI (where
 * PostgreSQL is always there) and skips it, with the reason, on a developer's machine.
 */
public class RequiresDatabase implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("storecrm.db.url") != null) {
      return; // inside the server under test (Arquillian in-container): the database is its own
    }
    String unavailable = System.getProperty(TestDatabase.UNAVAILABLE);
    if (unavailable == null && System.getProperty(TestDatabase.URL) != null) {
      return;
    }
    String reason =
        unavailable != null
            ? unavailable
            : "no test database: run the integration tests through Maven (./mvnw verify)";
    Prerequisites.missing("database", reason);
  }

  /** What to do when something a test needs is missing. */
  public static final class Prerequisites {
    private Prerequisites() {}

    public static void missing(String what, String reason) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException("CI must provide the " + what + ": " + reason);
      }
      System.err.println("SKIPPED (no " + what + "): " + reason);
      Assumptions.abort(what + " unavailable: " + reason);
    }
  }
}
