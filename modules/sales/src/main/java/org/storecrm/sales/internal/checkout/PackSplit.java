package org.storecrm.sales.internal.checkout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a pack's price across its components by their share of the list price, in whole cents that
 * add up exactly: each gets its share rounded down, and the cents left go one each to the largest
 * remainders (the earlier component on a tie). Components without a list price share equally when
 * all are free.
 */
final class PackSplit {
  private PackSplit() {}

  static List<BigDecimal> split(BigDecimal price, List<BigDecimal> listAmounts) {
    if (listAmounts.isEmpty()) {
      throw new IllegalArgumentException("a pack has components");
    }
    long cents = price.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    List<BigDecimal> weights =
        listAmounts.stream().allMatch(a -> a.signum() == 0)
            ? listAmounts.stream().map(a -> BigDecimal.ONE).toList()
            : listAmounts;
    BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    long[] shares = new long[weights.size()];
    BigDecimal[] remainders = new BigDecimal[weights.size()];
    long given = 0;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal exact = BigDecimal.valueOf(cents).multiply(weights.get(i));
      BigDecimal[] division = exact.divideAndRemainder(total);
      shares[i] = division[0].longValueExact();
      remainders[i] = division[1];
      given += shares[i];
    }
    List<Integer> byRemainder =
        new ArrayList<>(
            IntStream.range(0, weights.size())
                .boxed()
                .sorted(
                    Comparator.comparing((Integer i) -> remainders[i])
                        .reversed()
                        .thenComparing(i -> i))
                .toList());
    for (int k = 0; given < cents; k++, given++) {
      shares[byRemainder.get(k % byRemainder.size())]++;
    }
    return IntStream.range(0, shares.length)
        .mapToObj(i -> BigDecimal.valueOf(shares[i], 2))
        .toList();
  }
}
