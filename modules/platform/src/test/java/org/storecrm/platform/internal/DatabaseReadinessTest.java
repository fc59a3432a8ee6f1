package org.storecrm.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {
  private static final String SECRET =
      "FATAL: password authentication failed for user \"storecrm\" at db-7.internal:5432";

  @Test
  void anUnreachableDatabaseIsDownWithoutTheDriversMessage() {
    DatabaseReadiness readiness = new DatabaseReadiness();
    readiness.dataSource = new FixedDataSource(null);

    HealthCheckResponse response = readiness.call();

    assertThat(response.getName()).isEqualTo("database");
    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData()).isPresent();
    assertThat(response.getData().orElseThrow())
        .containsEntry("reachable", false)
        .containsEntry("error", DatabaseReadiness.UNREACHABLE);
    assertThat(response.getData().orElseThrow().values().toString())
        .doesNotContain("password", "storecrm", "db-7");
  }

  @Test
  void aReachableDatabaseIsUpOnlyOnceMigrated() {
    DatabaseReadiness readiness = new DatabaseReadiness();
    readiness.dataSource = new FixedDataSource(validConnection());
    readiness.migrator = new DatabaseMigrator();

    HealthCheckResponse beforeMigrations = readiness.call();

    assertThat(beforeMigrations.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(beforeMigrations.getData().orElseThrow())
        .containsEntry("reachable", true)
        .containsEntry("migrated", false);
  }

  private static Connection validConnection() {
    return (Connection)
        Proxy.newProxyInstance(
            DatabaseReadinessTest.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "isValid" -> true;
                  case "close" -> null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** Hands out the given connection, or fails as a database that cannot be reached does. */
  private record FixedDataSource(Connection connection) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      if (connection == null) {
        throw new SQLException(SECRET, "28P01");
      }
      return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
