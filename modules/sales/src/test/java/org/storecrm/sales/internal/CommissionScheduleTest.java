package org.storecrm.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CommissionScheduleTest {
  private final CommissionSchedule consultant =
      CommissionSchedule.parse("consultant", "0:5,100:10");
  private final CommissionSchedule marketing =
      CommissionSchedule.parse("marketing-manager", "0:10, 100:20, 120:30");

  @Test
  void theTierStepsUpExactlyAtItsThreshold() {
    BigDecimal target = new BigDecimal("100000.00");
    assertThat(consultant.rate(new BigDecimal("99999.99"), target)).isEqualByComparingTo("5");
    assertThat(consultant.rate(new BigDecimal("100000.00"), target)).isEqualByComparingTo("10");
    assertThat(consultant.commission(new BigDecimal("99999.99"), target))
        .isEqualByComparingTo("5000.00");
    assertThat(consultant.commission(new BigDecimal("100000.00"), target))
        .as("the rate applies to the whole month, not to the part above the threshold")
        .isEqualByComparingTo("10000.00");
  }

  @Test
  void threeTiersPickTheHighestReached() {
    BigDecimal target = new BigDecimal("50000");
    assertThat(marketing.rate(new BigDecimal("0"), target)).isEqualByComparingTo("10");
    assertThat(marketing.rate(new BigDecimal("49999.99"), target)).isEqualByComparingTo("10");
    assertThat(marketing.rate(new BigDecimal("50000"), target)).isEqualByComparingTo("20");
    assertThat(marketing.rate(new BigDecimal("59999.99"), target)).isEqualByComparingTo("20");
    assertThat(marketing.rate(new BigDecimal("60000"), target)).isEqualByComparingTo("30");
    assertThat(marketing.rate(new BigDecimal("1000000"), target)).isEqualByComparingTo("30");
  }

  @Test
  void withoutATargetTheFirstTierApplies() {
    assertThat(consultant.rate(new BigDecimal("1000000"), null)).isEqualByComparingTo("5");
    assertThat(consultant.rate(new BigDecimal("1000000"), BigDecimal.ZERO))
        .isEqualByComparingTo("5");
  }

  @Test
  void aMonthOfReturnsReversesCommissionAtTheMonthsRate() {
    assertThat(consultant.commission(new BigDecimal("-2999.00"), new BigDecimal("10000")))
        .isEqualByComparingTo("-149.95");
  }

  @Test
  void attainmentIsRoundedDownSoItNeverShowsATierNotReached() {
    assertThat(CommissionSchedule.attainment(new BigDecimal("99999.99"), new BigDecimal("100000")))
        .isEqualByComparingTo("99.9");
    assertThat(CommissionSchedule.attainment(new BigDecimal("150000"), new BigDecimal("100000")))
        .isEqualByComparingTo("150.0");
    assertThat(CommissionSchedule.attainment(new BigDecimal("1"), null)).isNull();
    assertThat(CommissionSchedule.attainment(new BigDecimal("-100"), new BigDecimal("1000")))
        .isEqualByComparingTo("-10.0");
  }

  @Test
  void malformedSchedulesAreRefused() {
    assertThatThrownBy(() -> CommissionSchedule.parse("x", "10:5,100:10"))
        .hasMessageContaining("start at 0");
    assertThatThrownBy(() -> CommissionSchedule.parse("x", "0:5,100:10,100:12"))
        .hasMessageContaining("rise strictly");
    assertThatThrownBy(() -> CommissionSchedule.parse("x", "0:5,100")).hasMessageContaining(":");
    assertThatThrownBy(() -> CommissionSchedule.parse("x", "0:101")).hasMessageContaining("0–100");
  }
}
