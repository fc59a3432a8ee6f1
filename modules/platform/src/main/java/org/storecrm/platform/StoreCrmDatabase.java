package org.storecrm.platform;

/** Names of the one database every module shares. */
public final class StoreCrmDatabase {
  /** The data source the app defines from MicroProfile Config; Flyway and JPA both use it. */
  public static final String DATASOURCE = "java:app/jdbc/storecrm";

  private StoreCrmDatabase() {}
}
