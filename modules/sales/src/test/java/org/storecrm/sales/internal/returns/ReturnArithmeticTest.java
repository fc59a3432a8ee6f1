package org.storecrm.sales.internal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReturnArithmeticTest {
  @Test
  void aFullReturnRefundsWhatWasPaid() {
    assertThat(ReturnArithmetic.refund(new BigDecimal("2850.00"), 3, 0, BigDecimal.ZERO, 3))
        .isEqualByComparingTo("2850.00");
  }

  @Test
  void partsOfALineAddUpToExactlyWhatWasPaid() {
    BigDecimal net = new BigDecimal("100.00"); // three units: 33.33 + 33.33 + 33.34
    BigDecimal first = ReturnArithmetic.refund(net, 3, 0, BigDecimal.ZERO, 1);
    BigDecimal second = ReturnArithmetic.refund(net, 3, 1, first, 1);
    BigDecimal last = ReturnArithmetic.refund(net, 3, 2, first.add(second), 1);
    assertThat(first).isEqualByComparingTo("33.33");
    assertThat(second).isEqualByComparingTo("33.33");
    assertThat(last).isEqualByComparingTo("33.34");
    assertThat(first.add(second).add(last)).isEqualByComparingTo(net);
  }

  @Test
  void moreThanIsLeftCannotBeReturned() {
    assertThatThrownBy(() -> ReturnArithmetic.refund(BigDecimal.TEN, 2, 1, BigDecimal.ONE, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReturnArithmetic.refund(BigDecimal.TEN, 2, 0, BigDecimal.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
