package org.storecrm.accounts.internal.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storecrm.accounts.Aging;

class AgingBucketsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  private static int bucket(int daysOverdue) {
    return AgingBuckets.bucket(TODAY.minusDays(daysOverdue), TODAY);
  }

  @Test
  void bucketsAtTheirEdges() {
    assertThat(AgingBuckets.bucket(TODAY.plusDays(10), TODAY)).isZero();
    assertThat(bucket(0)).as("due today is current").isZero();
    assertThat(bucket(1)).isEqualTo(1);
    assertThat(bucket(30)).isEqualTo(1);
    assertThat(bucket(31)).isEqualTo(2);
    assertThat(bucket(60)).isEqualTo(2);
    assertThat(bucket(61)).isEqualTo(3);
    assertThat(bucket(90)).isEqualTo(3);
    assertThat(bucket(91)).isEqualTo(4);
    assertThat(bucket(400)).isEqualTo(4);
  }

  /** The SQL groups by the edges: a due date is in bucket k when in [edges[k], edges[k-1]). */
  @Test
  void theDatabaseEdgesAgreeWithTheBuckets() {
    LocalDate[] edges = AgingBuckets.edges(TODAY);
    for (int days = -5; days <= 120; days++) {
      LocalDate due = TODAY.minusDays(days);
      int sql;
      if (!due.isBefore(edges[0])) {
        sql = 0;
      } else if (!due.isBefore(edges[1])) {
        sql = 1;
      } else if (!due.isBefore(edges[2])) {
        sql = 2;
      } else if (!due.isBefore(edges[3])) {
        sql = 3;
      } else {
        sql = 4;
      }
      assertThat(sql).as("%d days overdue", days).isEqualTo(AgingBuckets.bucket(due, TODAY));
    }
  }

  @Test
  void amountsAddUpInTheirBuckets() {
    Aging aging = Aging.zero();
    aging = AgingBuckets.add(aging, TODAY, TODAY, new BigDecimal("100.00"));
    aging = AgingBuckets.add(aging, TODAY.minusDays(31), TODAY, new BigDecimal("50.00"));
    aging = AgingBuckets.add(aging, TODAY.minusDays(91), TODAY, new BigDecimal("7.50"));
    assertThat(aging.current()).isEqualByComparingTo("100.00");
    assertThat(aging.days31to60()).isEqualByComparingTo("50.00");
    assertThat(aging.over90()).isEqualByComparingTo("7.50");
    assertThat(aging.total()).isEqualByComparingTo("157.50");
    assertThat(aging.overdue()).isEqualByComparingTo("57.50");
  }
}
