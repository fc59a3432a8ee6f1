package org.storecrm.platform.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.storecrm.platform.StoreCrmDatabase;

/** Ready means: the database answers and every module's migrations have run. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = StoreCrmDatabase.DATASOURCE)
  DataSource dataSource;

  @Inject DatabaseMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    boolean reachable;
    try (Connection connection = dataSource.getConnection()) {
      reachable = connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
    boolean migrated = migrator.isComplete();
    return response
        .status(reachable && migrated)
        .withData("reachable", reachable)
        .withData("migrated", migrated)
        .build();
  }
}
