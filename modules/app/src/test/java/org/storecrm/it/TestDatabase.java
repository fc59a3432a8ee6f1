package org.storecrm.it;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each integration run a database of its own, before any test starts: a fresh H2 file under
 * target/, or a new PostgreSQL database on 127.0.0.1:5432 that is dropped when the run ends. The
 * run's kind comes from {@code storecrm.it.database}; unit-test runs have none and get nothing.
 */
public class TestDatabase implements LauncherSessionListener {
  public static final String URL = "storecrm.it.db.url";
  public static final String USER = "storecrm.it.db.user";
  public static final String PASSWORD = "storecrm.it.db.password";

  /** Set when the run's database cannot be had; the reason. */
  public static final String UNAVAILABLE = "storecrm.it.db.unavailable";

  static final String POSTGRES_ADMIN_URL =
      System.getProperty("storecrm.it.postgres", "jdbc:postgresql://127.0.0.1:5432/postgres");
  static final String POSTGRES_USER = System.getProperty("storecrm.it.postgres.user", "postgres");

  private String createdPostgresDatabase;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String kind = System.getProperty("storecrm.it.database");
    if (kind == null || System.getProperty(URL) != null) {
      return;
    }
    String run = Long.toString(System.currentTimeMillis(), 36);
    // Payara Micro unpacks itself into java.io.tmpdir, which the runs point here.
    new File(System.getProperty("storecrm.it.work", "target/it"), "tmp").mkdirs();
    switch (kind) {
      case "h2" -> {
        File folder = new File(System.getProperty("storecrm.it.work", "target/it"), "h2-" + run);
        set("jdbc:h2:file:" + folder.getAbsolutePath() + "/storecrm", "storecrm", "storecrm");
      }
      case "postgresql" -> createPostgresDatabase(run);
      default -> System.setProperty(UNAVAILABLE, "unknown database kind " + kind);
    }
  }

  private void createPostgresDatabase(String run) {
    String name = "storecrm_it_" + run + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
    try (Connection admin = DriverManager.getConnection(POSTGRES_ADMIN_URL, POSTGRES_USER, "");
        Statement sql = admin.createStatement()) {
      sql.execute("CREATE DATABASE " + name);
      createdPostgresDatabase = name;
      set(
          POSTGRES_ADMIN_URL.substring(0, POSTGRES_ADMIN_URL.lastIndexOf('/') + 1) + name,
          POSTGRES_USER,
          "unused-trust-auth");
    } catch (SQLException e) {
      System.setProperty(
          UNAVAILABLE, "PostgreSQL at " + POSTGRES_ADMIN_URL + ": " + e.getMessage());
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (createdPostgresDatabase == null) {
      return;
    }
    try (Connection admin = DriverManager.getConnection(POSTGRES_ADMIN_URL, POSTGRES_USER, "");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + createdPostgresDatabase + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("Could not drop test database " + createdPostgresDatabase + ": " + e);
    }
  }

  private static void set(String url, String user, String password) {
    System.setProperty(URL, url);
    System.setProperty(USER, user);
    System.setProperty(PASSWORD, password);
  }
}
