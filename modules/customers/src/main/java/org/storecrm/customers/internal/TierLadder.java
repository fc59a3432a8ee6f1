package org.storecrm.customers.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The membership tiers in order, lowest first, and the rule that places a customer: the highest
 * tier whose minimum spend <em>and</em> minimum purchases in the rolling window are both reached (a
 * minimum is reached when equalled). The lowest tier asks for nothing, so everyone holds a tier;
 * minimums never fall from one tier to the next, so a tier reached means every tier below it is.
 */
public final class TierLadder {
  /**
   * One tier.
   *
   * @param contactDays how often a member of the tier is contacted; 0 for no member-care contacts
   */
  public record Tier(String key, BigDecimal minSpend, int minPurchases, int contactDays) {
    boolean reachedBy(BigDecimal spend, int purchases) {
      return spend.compareTo(minSpend) >= 0 && purchases >= minPurchases;
    }
  }

  private final List<Tier> tiers;

  private TierLadder(List<Tier> tiers) {
    this.tiers = List.copyOf(tiers);
  }

  /**
   * The ladder from the settings' lists, which name the tiers and give each its numbers in the same
   * order.
   *
   * @throws IllegalArgumentException naming the broken rule
   */
  static TierLadder of(
      List<String> keys, List<String> minSpends, List<Integer> minPurchases, List<Integer> days) {
    int n = keys.size();
    if (n < 1) {
      throw new IllegalArgumentException("at least one tier");
    }
    if (minSpends.size() != n || minPurchases.size() != n || days.size() != n) {
      throw new IllegalArgumentException(
          "one minimum spend, minimum purchases and contact days per tier (" + n + " tiers)");
    }
    List<Tier> tiers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String key = keys.get(i).trim();
      if (!key.matches("[A-Z][A-Z0-9_]{0,19}") || !seen.add(key)) {
        throw new IllegalArgumentException(
            "distinct tier keys of capitals, digits and _ (up to 20): " + key);
      }
      BigDecimal spend;
      try {
        spend = new BigDecimal(minSpends.get(i).trim()).setScale(2);
      } catch (ArithmeticException | NumberFormatException e) {
        throw new IllegalArgumentException("a minimum spend in CNY: " + minSpends.get(i), e);
      }
      Tier tier = new Tier(key, spend, minPurchases.get(i), days.get(i));
      if (tier.minSpend().signum() < 0 || tier.minPurchases() < 0 || tier.contactDays() < 0) {
        throw new IllegalArgumentException("no negative minimum or contact days: " + key);
      }
      if (i == 0 && (tier.minSpend().signum() != 0 || tier.minPurchases() != 0)) {
        throw new IllegalArgumentException("the lowest tier asks for 0 spend and 0 purchases");
      }
      if (i > 0) {
        Tier below = tiers.get(i - 1);
        if (tier.minSpend().compareTo(below.minSpend()) < 0
            || tier.minPurchases() < below.minPurchases()
            || (tier.minSpend().compareTo(below.minSpend()) == 0
                && tier.minPurchases() == below.minPurchases())) {
          throw new IllegalArgumentException(
              "each tier asks for more than the one below it, and never less: " + key);
        }
      }
      tiers.add(tier);
    }
    return new TierLadder(tiers);
  }

  /**
   * The start of the rolling window that ends at {@code now}: as many calendar months back in the
   * store's zone (the same time of day).
   */
  public static java.time.Instant windowFrom(
      java.time.Instant now, java.time.ZoneId zone, int months) {
    return now.atZone(zone).minusMonths(months).toInstant();
  }

  public List<Tier> tiers() {
    return tiers;
  }

  public Tier lowest() {
    return tiers.get(0);
  }

  /** The tier a customer with this spend and these purchases in the window belongs to. */
  public Tier tierFor(BigDecimal spend, int purchases) {
    Tier placed = lowest();
    for (Tier tier : tiers) {
      if (tier.reachedBy(spend, purchases)) {
        placed = tier;
      }
    }
    return placed;
  }

  /** The tier of that key; a key no longer configured counts as the lowest tier. */
  public Tier tier(String key) {
    return tiers.stream().filter(t -> t.key().equals(key)).findFirst().orElse(lowest());
  }

  /** Position from the lowest (0); -1 for a key no longer configured. */
  public int rank(String key) {
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  public Optional<Tier> above(Tier tier) {
    int rank = rank(tier.key());
    return rank + 1 < tiers.size() ? Optional.of(tiers.get(rank + 1)) : Optional.empty();
  }

  /** What the tier still needs in spend from a customer with this spend (0 when reached). */
  public static BigDecimal spendMissing(Tier tier, BigDecimal spend) {
    return tier.minSpend().subtract(spend).max(BigDecimal.ZERO).setScale(2);
  }

  /** What the tier still needs in purchases (0 when reached). */
  public static int purchasesMissing(Tier tier, int purchases) {
    return Math.max(0, tier.minPurchases() - purchases);
  }

  /**
   * The SQL expression (over columns {@code spend} and {@code purchases}) that gives the tier key
   * of a row, highest tier first. The keys and numbers are validated settings, written as literals.
   */
  public String tierSql(String spend, String purchases) {
    StringBuilder sql = new StringBuilder("CASE");
    for (int i = tiers.size() - 1; i > 0; i--) {
      Tier tier = tiers.get(i);
      sql.append(" WHEN ")
          .append(spend)
          .append(" >= ")
          .append(tier.minSpend().toPlainString())
          .append(" AND ")
          .append(purchases)
          .append(" >= ")
          .append(tier.minPurchases())
          .append(" THEN '")
          .append(tier.key())
          .append("'");
    }
    return sql.append(" ELSE '").append(lowest().key()).append("' END").toString();
  }

  /** The SQL expression that gives the rank of the tier key in {@code column} (-1: unknown). */
  public String rankSql(String column) {
    StringBuilder sql = new StringBuilder("CASE ").append(column);
    for (int i = 0; i < tiers.size(); i++) {
      sql.append(" WHEN '").append(tiers.get(i).key()).append("' THEN ").append(i);
    }
    return sql.append(" ELSE -1 END").toString();
  }
}
