package org.storecrm.platform.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.storecrm.platform.ModuleSchema;
import org.storecrm.platform.StoreCrmDatabase;

/**
 * Brings every module's schema up to date before anything else touches the database. A failed
 * migration fails the deployment: the application never runs on a schema it does not know.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = StoreCrmDatabase.DATASOURCE)
  DataSource dataSource;

  @Inject Instance<ModuleSchema> schemas;

  private volatile boolean complete;
  private String vendor;

  /** "postgresql" or "h2", from the connection's metadata. */
  private String vendor() {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("The database cannot be reached", e);
    }
  }

  @PostConstruct
  void migrateAll() {
    ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    vendor = vendor();
    schemas.stream()
        .sorted(Comparator.comparingInt(ModuleSchema::order))
        .forEach(schema -> migrate(schema, classLoader));
    complete = true;
  }

  private void migrate(ModuleSchema schema, ClassLoader classLoader) {
    MigrateResult result =
        Flyway.configure(classLoader)
            .dataSource(dataSource)
            // A module may add vendor-only scripts (e.g. PostgreSQL index operators) in
            // db/migration/<module>-<vendor>, numbered in the module's one sequence.
            .locations(
                "classpath:db/migration/" + schema.module(),
                "classpath:db/migration/" + schema.module() + "-" + vendor)
            .table(schema.tablePrefix() + "_schema_history")
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema of "
                + schema.module()
                + ": "
                + result.migrationsExecuted
                + " migration(s) applied, now at version "
                + result.targetSchemaVersion);
  }

  public boolean isComplete() {
    return complete;
  }
}
