package org.storecrm.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiered commission schedule, written {@code threshold:rate,threshold:rate,…} in percent, e.g.
 * {@code 0:5,100:10}: 5 % below 100 % attainment, 10 % from 100 %.
 *
 * <p>How the tiers apply: the month's attainment (net revenue ÷ revenue target) picks the single
 * tier with the highest threshold it reaches ({@code attainment >= threshold}, compared exactly,
 * not after rounding), and that tier's rate applies to the <em>whole</em> net revenue of the month
 * (not only to the part above the threshold). Without a revenue target (none set, or zero) the
 * first tier applies. The first threshold must be 0, thresholds rise strictly, rates are 0–100. Net
 * revenue below zero (a month of returns) gives a negative commission at the month's rate: the
 * reversal of commission paid earlier.
 */
public record CommissionSchedule(String name, List<Tier> tiers) {
  public record Tier(BigDecimal threshold, BigDecimal rate) {}

  public CommissionSchedule {
    tiers = List.copyOf(tiers);
  }

  static CommissionSchedule parse(String name, String text) {
    List<Tier> tiers = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] pair = part.trim().split(":");
      if (pair.length != 2) {
        throw new IllegalArgumentException(
            "Commission schedule " + name + ": '" + part + "' is not threshold:rate");
      }
      BigDecimal threshold = new BigDecimal(pair[0].trim());
      BigDecimal rate = new BigDecimal(pair[1].trim());
      if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException(
            "Commission schedule " + name + ": rate " + rate + " is not 0–100");
      }
      if (tiers.isEmpty() ? threshold.signum() != 0 : threshold.compareTo(last(tiers)) <= 0) {
        throw new IllegalArgumentException(
            "Commission schedule "
                + name
                + ": thresholds start at 0 and rise strictly ("
                + text
                + ")");
      }
      tiers.add(new Tier(threshold, rate));
    }
    return new CommissionSchedule(name, tiers);
  }

  private static BigDecimal last(List<Tier> tiers) {
    return tiers.get(tiers.size() - 1).threshold();
  }

  /** The rate for this net revenue against this target (null or zero target: the first tier). */
  public BigDecimal rate(BigDecimal netRevenue, BigDecimal target) {
    Tier applies = tiers.get(0);
    if (target != null && target.signum() > 0) {
      BigDecimal scaled = netRevenue.multiply(BigDecimal.valueOf(100));
      for (Tier tier : tiers) {
        if (scaled.compareTo(tier.threshold().multiply(target)) >= 0) {
          applies = tier;
        }
      }
    }
    return applies.rate();
  }

  /** Net revenue times the rate, to the fen. */
  public BigDecimal commission(BigDecimal netRevenue, BigDecimal target) {
    return netRevenue
        .multiply(rate(netRevenue, target))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  /** Actual in percent of the target, one decimal rounded down; null without a target. */
  public static BigDecimal attainment(BigDecimal actual, BigDecimal target) {
    if (target == null || target.signum() <= 0) {
      return null;
    }
    return actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.FLOOR);
  }
}
