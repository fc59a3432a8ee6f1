package org.storecrm.services.internal.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanOffersTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  @Test
  void aDayOfCoverIsThePriceOverTheTermsDays() {
    long year = PlanOffers.days(TODAY, 12, 60);
    assertThat(year).isEqualTo(365);
    assertThat(PlanOffers.perDay(new BigDecimal("199.00"), year)).isEqualByComparingTo("0.55");
    long gold = PlanOffers.days(TODAY, 36, 60);
    assertThat(gold).isEqualTo(1096); // 2028 is a leap year
    assertThat(PlanOffers.perDay(new BigDecimal("699.00"), gold)).isEqualByComparingTo("0.64");
  }

  @Test
  void aLifetimePlanCountsTheRefundTermAndACheapPlanStillCostsACent() {
    assertThat(PlanOffers.days(TODAY, null, 60)).isEqualTo(PlanOffers.days(TODAY, 60, 60));
    assertThat(PlanOffers.perDay(new BigDecimal("1.00"), 365)).isEqualByComparingTo("0.01");
    assertThat(PlanOffers.perDay(BigDecimal.ZERO, 365)).isZero();
  }

  @Test
  void aRepairCostsItsShareOfTheDevicesPriceInWholeYuan() {
    assertThat(PlanOffers.repairCost(new BigDecimal("5999.00"), new BigDecimal("25")))
        .isEqualByComparingTo("1500");
    assertThat(PlanOffers.repairCost(new BigDecimal("3999.00"), new BigDecimal("30")))
        .isEqualByComparingTo("1200");
  }
}
