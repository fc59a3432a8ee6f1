package org.storecrm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void keepsTwoDecimalsRoundingHalfUp() {
    assertThat(Money.of("10.005").amount()).isEqualByComparingTo("10.01");
    assertThat(Money.of("10.004").amount()).isEqualByComparingTo("10.00");
    assertThat(Money.of("3").amount().scale()).isEqualTo(2);
  }

  @Test
  void addsSubtractsAndMultiplies() {
    Money price = Money.of("4999.00");
    assertThat(price.times(3)).isEqualTo(Money.of("14997.00"));
    assertThat(price.plus(Money.of("0.99"))).isEqualTo(Money.of("4999.99"));
    assertThat(price.minus(Money.of("5000"))).isEqualTo(Money.of("-1.00"));
    assertThat(price.minus(Money.of("5000")).isNegative()).isTrue();
  }

  @Test
  void takesPercentages() {
    assertThat(Money.of("2000").percent(new BigDecimal("12.5"))).isEqualTo(Money.of("250.00"));
    assertThat(Money.of("99.99").percent(new BigDecimal("5"))).isEqualTo(Money.of("5.00"));
  }

  @Test
  void comparesAmountsOfOneCurrency() {
    assertThat(Money.of("10").isGreaterThan(Money.of("9.99"))).isTrue();
    assertThat(Money.of("10.00")).isEqualTo(Money.of("10"));
  }

  @Test
  void refusesToMixCurrencies() {
    Money dollars = new Money(BigDecimal.TEN, Currency.getInstance("USD"));
    assertThatThrownBy(() -> Money.of("10").plus(dollars))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD");
  }
}
