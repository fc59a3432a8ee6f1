package org.storecrm.app;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Picks the vendor's data source from the JDBC URL, so that switching between the embedded H2 and
 * PostgreSQL takes only the URL, user and password (the connection pool around it is Payara's).
 */
public class UrlRoutedDataSource implements DataSource {
  private String url;
  private String user;
  private String password;
  private volatile DataSource target;

  public void setUrl(String url) {
    this.url = url;
    target = null;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
    target = null;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
    target = null;
  }

  private DataSource target() throws SQLException {
    DataSource current = target;
    if (current == null) {
      current = create();
      target = current;
    }
    return current;
  }

  private DataSource create() throws SQLException {
    if (url == null) {
      throw new SQLException("No database URL: set storecrm.db.url (STORECRM_DB_URL)");
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setUrl(url);
      if (!url.contains("reWriteBatchedInserts")) {
        // EclipseLink's JDBC batches of inserts (an order's lines, checklist, key) become one
        // multi-row INSERT per table; a URL that sets the parameter itself decides.
        postgres.setReWriteBatchedInserts(true);
      }
      postgres.setUser(user);
      postgres.setPassword(password);
      return postgres;
    }
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(durableH2(url));
      h2.setUser(user == null ? "" : user);
      h2.setPassword(password == null ? "" : password);
      return h2;
    }
    throw new SQLException(
        "Unsupported database URL " + url + ": StoreCRM runs on PostgreSQL or the embedded H2");
  }

  /**
   * The embedded database's URL with {@code WRITE_DELAY=0}: H2 otherwise answers a commit before
   * writing it (up to half a second later, from a background thread), so a {@code kill -9} loses
   * orders that were answered 201. With 0 each commit is written to the file before the caller
   * hears of it (the operating system's cache; H2 does not fsync, see docs/operations.md). A URL
   * that sets WRITE_DELAY itself decides.
   */
  static String durableH2(String url) {
    if (url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
      return url;
    }
    return url + ";WRITE_DELAY=0";
  }

  @Override
  public Connection getConnection() throws SQLException {
    return target().getConnection();
  }

  @Override
  public Connection getConnection(String username, String secret) throws SQLException {
    return target().getConnection(username, secret);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // The pool logs; the vendor data source need not.
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target().setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return target().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || target().isWrapperFor(type);
  }
}
