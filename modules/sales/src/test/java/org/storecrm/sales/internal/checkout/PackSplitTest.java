package org.storecrm.sales.internal.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PackSplitTest {
  @Test
  void splitsByListPriceShare() {
    // Desk 1200 + chair 800 = 2000 list; the pack sells for 1500: 900 and 600.
    assertThat(PackSplit.split(money("1500.00"), List.of(money("1200.00"), money("800.00"))))
        .containsExactly(money("900.00"), money("600.00"));
  }

  @Test
  void theLeftOverCentsGoToTheLargestRemaindersSoTheSharesAddUpExactly() {
    // 100.00 over three equal components: 33.34, 33.33, 33.33 (the first wins the tie).
    assertThat(PackSplit.split(money("100.00"), List.of(money("10"), money("10"), money("10"))))
        .containsExactly(money("33.34"), money("33.33"), money("33.33"));
    // 99.99 over 1 : 2 : 3: exact shares 16.665, 33.33, 49.995 -> the remainders decide.
    List<BigDecimal> shares =
        PackSplit.split(money("99.99"), List.of(money("1"), money("2"), money("3")));
    assertThat(shares).containsExactly(money("16.67"), money("33.33"), money("49.99"));
  }

  @Test
  void freeComponentsShareEquallyAndAFreeOneBesidePaidOnesGetsNothing() {
    assertThat(PackSplit.split(money("0.05"), List.of(money("0"), money("0"))))
        .containsExactly(money("0.03"), money("0.02"));
    assertThat(PackSplit.split(money("50.00"), List.of(money("0"), money("80"))))
        .containsExactly(money("0.00"), money("50.00"));
  }

  @RepeatedTest(50)
  void sharesAlwaysAddUpToThePriceToTheCent() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int n = random.nextInt(1, 8);
    List<BigDecimal> list =
        java.util.stream.IntStream.range(0, n)
            .mapToObj(i -> BigDecimal.valueOf(random.nextLong(1, 1_000_000), 2))
            .toList();
    BigDecimal total = list.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal price =
        BigDecimal.valueOf(random.nextLong(0, total.movePointRight(2).longValue() + 1), 2);
    List<BigDecimal> shares = PackSplit.split(price, list);
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(price);
    for (int i = 0; i < n; i++) {
      assertThat(shares.get(i)).isLessThanOrEqualTo(list.get(i)).isGreaterThanOrEqualTo(money("0"));
      assertThat(shares.get(i).scale()).isEqualTo(2);
    }
  }

  private static BigDecimal money(String value) {
    return new BigDecimal(value).setScale(2);
  }
}
