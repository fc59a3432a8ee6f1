package org.storecrm.platform.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.storecrm.platform.StoreCrmDatabase;

/**
 * Ready means: the database answers and every module's migrations have run. The answer is public
 * (load balancers ask anonymously), so a failure says only that the database is unreachable; the
 * driver's message, which may name hosts, users or schemas, goes to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
  static final String NAME = "database";
  static final String UNREACHABLE = "the database cannot be reached; see the server log";
  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = StoreCrmDatabase.DATASOURCE)
  DataSource dataSource;

  @Inject DatabaseMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Readiness: the database cannot be reached", e);
      return response(false, Map.of("reachable", false, "error", UNREACHABLE));
    }
    boolean migrated = migrator.isComplete();
    return response(reachable && migrated, Map.of("reachable", reachable, "migrated", migrated));
  }

  // Built directly rather than through HealthCheckResponse.named(…): the same object, without a
  // runtime-provided builder.
  private static HealthCheckResponse response(boolean up, Map<String, Object> data) {
    return new HealthCheckResponse(
        NAME,
        up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(data));
  }
}
