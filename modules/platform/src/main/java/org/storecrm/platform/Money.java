package org.storecrm.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money: always scale 2, rounded half-up, never a double. Amounts of different
 * currencies never mix silently.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  public static final Currency CNY = Currency.getInstance("CNY");
  private static final int SCALE = 2;

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
  }

  public static Money of(BigDecimal amount) {
    return new Money(amount, CNY);
  }

  public static Money of(String amount) {
    return of(new BigDecimal(amount));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  public Money times(long quantity) {
    return times(BigDecimal.valueOf(quantity));
  }

  /** {@code percent} of this amount, e.g. {@code percentOf(new BigDecimal("12.5"))}. */
  public Money percent(BigDecimal percent) {
    return new Money(amount.multiply(percent).movePointLeft(2), currency);
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Cannot combine " + currency + " with " + other.currency + " amounts");
    }
    return other;
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
