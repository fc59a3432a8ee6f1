package org.storecrm.app;

import static org.assertj.core.api.Assertions.assertThat;

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
}
