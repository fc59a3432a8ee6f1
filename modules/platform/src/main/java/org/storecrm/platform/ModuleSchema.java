package org.storecrm.platform;

/**
 * A module's database schema. Each module with tables provides one CDI bean; at start-up the
 * platform migrates each module, in ascending {@link #order()}, with Flyway scripts from {@code
 * db/migration/<module>} (plus vendor-only scripts in {@code db/migration/<module>-<vendor>}, e.g.
 * {@code customers-postgresql}) and a history table of its own ({@code <prefix>_schema_history}),
 * so that modules version their schemas independently.
 */
public interface ModuleSchema {
  /** The module name, also the migration folder. */
  String module();

  /** The table prefix, such as {@code cus}. */
  String tablePrefix();

  /** Dependency order: a module migrates after every module it builds on. */
  int order();
}
