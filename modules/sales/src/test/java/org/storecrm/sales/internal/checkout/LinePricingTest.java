package org.storecrm.sales.internal.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LinePricingTest {
  private static BigDecimal d(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void atListPriceTheNetIsPriceTimesQuantityAndTheMarginIsOverCost() {
    LinePricing.Priced priced = LinePricing.price(d("4999"), d("4200.50"), 2, null, null);
    assertThat(priced.net()).isEqualByComparingTo("9998.00");
    assertThat(priced.net().scale()).isEqualTo(2);
    assertThat(priced.margin()).isEqualByComparingTo("1597.00");
    assertThat(priced.discountPercent()).isEqualByComparingTo("0");
    assertThat(priced.discount()).isEqualByComparingTo("0.00");
  }

  @Test
  void aLineDiscountIsAPercentOfTheListValue() {
    LinePricing.Priced priced = LinePricing.price(d("1000.00"), d("800"), 3, null, d("150"));
    assertThat(priced.net()).isEqualByComparingTo("2850.00");
    assertThat(priced.discountPercent()).isEqualByComparingTo("5.00");
    assertThat(priced.margin()).isEqualByComparingTo("450.00");
  }

  @Test
  void aLowerUnitPriceCountsAsDiscountToo() {
    LinePricing.Priced priced = LinePricing.price(d("299.00"), d("150"), 1, d("269.10"), d("0"));
    assertThat(priced.discountPercent()).isEqualByComparingTo("10.00");
    assertThat(priced.net()).isEqualByComparingTo("269.10");
  }

  @Test
  void percentsRoundHalfUpToTwoPlaces() {
    // 1 off 3.00 is 33.333… %
    LinePricing.Priced priced = LinePricing.price(d("3.00"), d("1"), 1, null, d("1"));
    assertThat(priced.discountPercent()).isEqualByComparingTo("33.33");
  }

  @Test
  void aHigherUnitPriceIsNoDiscountAndAFreeItemHasNoPercent() {
    assertThat(LinePricing.price(d("10"), d("5"), 1, d("12"), null).discountPercent())
        .isEqualByComparingTo("0");
    assertThat(LinePricing.price(d("0"), d("5"), 1, null, null).margin())
        .isEqualByComparingTo("-5.00");
  }

  @Test
  void aDiscountBeyondTheLineIsRefused() {
    assertThatThrownBy(() -> LinePricing.price(d("10"), d("5"), 1, null, d("10.01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(LinePricing.price(d("10"), d("5"), 1, null, d("10")).net())
        .isEqualByComparingTo("0");
  }
}
