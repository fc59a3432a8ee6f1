package org.storecrm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlPeriodsTest {
  @Test
  void onePeriodIsNumberedZero() {
    assertThat(SqlPeriods.number("l.sold_at", 4, 1)).isEqualTo("0");
  }

  @Test
  void eachInnerBoundaryClosesAPeriodAndTheLastRunsToTheRangesEnd() {
    assertThat(SqlPeriods.number("l.sold_at", 4, 3))
        .isEqualTo("(CASE WHEN l.sold_at < ?4 THEN 0 WHEN l.sold_at < ?5 THEN 1 ELSE 2 END)");
  }
}
