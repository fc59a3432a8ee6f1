package org.storecrm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class CriteriaPagesTest {
  private final AtomicInteger counted = new AtomicInteger();
  private final LongSupplier count =
      () -> {
        counted.incrementAndGet();
        return 1234;
      };

  @Test
  void aShortPageIsTheLastOneAndNeedsNoCount() {
    assertThat(CriteriaPages.total(new PageRequest(0, 20, null, true), 7, count)).isEqualTo(7);
    assertThat(CriteriaPages.total(new PageRequest(3, 20, null, true), 5, count)).isEqualTo(65);
    assertThat(CriteriaPages.total(new PageRequest(0, 20, null, true), 0, count)).isZero();
    assertThat(counted).hasValue(0);
  }

  @Test
  void aFullPageOrAnEmptyPagePastTheEndIsCounted() {
    assertThat(CriteriaPages.total(new PageRequest(0, 20, null, true), 20, count)).isEqualTo(1234);
    assertThat(CriteriaPages.total(new PageRequest(9, 20, null, true), 0, count)).isEqualTo(1234);
    assertThat(counted).hasValue(2);
  }
}
