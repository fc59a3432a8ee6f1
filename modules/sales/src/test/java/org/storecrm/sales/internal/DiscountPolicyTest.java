package org.storecrm.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DiscountPolicyTest {
  private final DiscountPolicy policy =
      new DiscountPolicy(new BigDecimal("5"), new BigDecimal("20"));

  @Test
  void aConsultantMayGiveUpToTheLimitInclusive() {
    assertThat(policy.judge(new BigDecimal("0"), false)).isEqualTo(DiscountPolicy.Verdict.ALLOWED);
    assertThat(policy.judge(new BigDecimal("5.00"), false))
        .isEqualTo(DiscountPolicy.Verdict.ALLOWED);
    assertThat(policy.judge(new BigDecimal("5.01"), false))
        .isEqualTo(DiscountPolicy.Verdict.NEEDS_MANAGER);
  }

  @Test
  void aManagerMayGiveUpToTheManagerLimitAndNobodyBeyond() {
    assertThat(policy.judge(new BigDecimal("20"), true)).isEqualTo(DiscountPolicy.Verdict.ALLOWED);
    assertThat(policy.judge(new BigDecimal("20.01"), true))
        .isEqualTo(DiscountPolicy.Verdict.BEYOND_LIMIT);
    assertThat(policy.judge(new BigDecimal("35"), false))
        .isEqualTo(DiscountPolicy.Verdict.BEYOND_LIMIT);
  }

  @Test
  void limitsMustBeOrdered() {
    assertThatThrownBy(() -> new DiscountPolicy(new BigDecimal("10"), new BigDecimal("5")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
