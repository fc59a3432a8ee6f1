package org.storecrm.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class UrlRoutedDataSourceTest {
  private static PGSimpleDataSource postgres(String url) throws Exception {
    UrlRoutedDataSource routed = new UrlRoutedDataSource();
    routed.setUrl(url);
    routed.setUser("storecrm");
    return routed.unwrap(PGSimpleDataSource.class);
  }

  @Test
  void postgresqlRewritesBatchedInsertsUnlessTheUrlSaysOtherwise() throws Exception {
    assertThat(postgres("jdbc:postgresql://127.0.0.1:5432/storecrm").getReWriteBatchedInserts())
        .isTrue();
    assertThat(
            postgres("jdbc:postgresql://127.0.0.1:5432/storecrm?reWriteBatchedInserts=false")
                .getReWriteBatchedInserts())
        .isFalse();
  }

  private static String h2(String url) throws Exception {
    UrlRoutedDataSource routed = new UrlRoutedDataSource();
    routed.setUrl(url);
    return routed.unwrap(JdbcDataSource.class).getURL();
  }

  @Test
  void theEmbeddedDatabaseWritesEveryCommitBeforeAnsweringIt() throws Exception {
    assertThat(h2("jdbc:h2:file:./data/storecrm"))
        .isEqualTo("jdbc:h2:file:./data/storecrm;WRITE_DELAY=0");
    assertThat(h2("jdbc:h2:file:./data/storecrm;MODE=Regular"))
        .isEqualTo("jdbc:h2:file:./data/storecrm;MODE=Regular;WRITE_DELAY=0");
    assertThat(h2("jdbc:h2:file:./data/storecrm;write_delay=200"))
        .as("a URL that sets the delay itself decides")
        .isEqualTo("jdbc:h2:file:./data/storecrm;write_delay=200");
  }

  @Test
  void aCommitOnTheEmbeddedDatabaseIsInTheFileBeforeItReturns(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
    UrlRoutedDataSource routed = new UrlRoutedDataSource();
    routed.setUrl("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath());
    routed.setUser("sa");
    try (java.sql.Connection connection = routed.getConnection();
        java.sql.Statement sql = connection.createStatement();
        java.sql.ResultSet delay =
            sql.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      assertThat(delay.next()).isTrue();
      assertThat(delay.getString(1)).isEqualTo("0");
    }
  }
}
