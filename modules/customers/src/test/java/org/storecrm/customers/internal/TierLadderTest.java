package org.storecrm.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.InvalidSettingException;

/** The membership tier rules at their edges, with the shipped defaults. */
class TierLadderTest {
  private final TierLadder ladder = CustomersSettingsTest.defaults().tiers();

  private String tier(String spend, int purchases) {
    return ladder.tierFor(new BigDecimal(spend), purchases).key();
  }

  @Test
  void theDefaultsAreOrdinarySilverGoldDiamond() {
    assertThat(ladder.tiers())
        .extracting(TierLadder.Tier::key)
        .containsExactly("ORDINARY", "SILVER", "GOLD", "DIAMOND");
    assertThat(ladder.tiers())
        .extracting(TierLadder.Tier::contactDays)
        .containsExactly(0, 90, 60, 30);
  }

  @Test
  void noSpendIsTheLowestTier() {
    assertThat(tier("0", 0)).isEqualTo("ORDINARY");
    assertThat(tier("-120.00", 1))
        .as("a return larger than the window's sales")
        .isEqualTo("ORDINARY");
  }

  @Test
  void aMinimumIsReachedWhenEqualledAndNotACentBelow() {
    assertThat(tier("2999.99", 1)).isEqualTo("ORDINARY");
    assertThat(tier("3000.00", 1)).isEqualTo("SILVER");
    assertThat(tier("9999.99", 2)).isEqualTo("SILVER");
    assertThat(tier("10000", 2)).isEqualTo("GOLD");
    assertThat(tier("29999.99", 4)).isEqualTo("GOLD");
    assertThat(tier("30000.00", 4)).isEqualTo("DIAMOND");
    assertThat(tier("1000000", 40)).isEqualTo("DIAMOND");
  }

  @Test
  void spendAloneIsNotEnoughLoyaltyCountsToo() {
    assertThat(tier("3000", 0)).as("spend without a purchase (carried over)").isEqualTo("ORDINARY");
    assertThat(tier("50000", 1)).as("one big purchase").isEqualTo("SILVER");
    assertThat(tier("50000", 3)).isEqualTo("GOLD");
    assertThat(tier("50000", 4)).isEqualTo("DIAMOND");
    assertThat(tier("9000", 10)).as("many small purchases").isEqualTo("SILVER");
  }

  @Test
  void theNextTierSaysWhatIsMissing() {
    TierLadder.Tier silver = ladder.tier("SILVER");
    TierLadder.Tier gold = ladder.above(silver).orElseThrow();
    assertThat(gold.key()).isEqualTo("GOLD");
    assertThat(TierLadder.spendMissing(gold, new BigDecimal("7500.50")))
        .isEqualByComparingTo("2499.50");
    assertThat(TierLadder.purchasesMissing(gold, 1)).isEqualTo(1);
    assertThat(TierLadder.spendMissing(gold, new BigDecimal("12000"))).isEqualByComparingTo("0");
    assertThat(TierLadder.purchasesMissing(gold, 5)).isZero();
    assertThat(ladder.above(ladder.tier("DIAMOND"))).isEmpty();
  }

  @Test
  void aTierNoLongerConfiguredCountsAsTheLowest() {
    assertThat(ladder.tier("PLATINUM").key()).isEqualTo("ORDINARY");
    assertThat(ladder.rank("PLATINUM")).isEqualTo(-1);
    assertThat(ladder.rank("DIAMOND")).isEqualTo(3);
  }

  @Test
  void theWindowGoesBackCalendarMonthsInTheStoresZone() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    Instant now = Instant.parse("2026-12-07T02:00:00Z"); // 10:00 in Shanghai
    assertThat(TierLadder.windowFrom(now, shanghai, 12))
        .isEqualTo(Instant.parse("2025-12-07T02:00:00Z"));
    assertThat(TierLadder.windowFrom(Instant.parse("2026-03-31T02:00:00Z"), shanghai, 1))
        .as("no 31 February: the last day of the month")
        .isEqualTo(Instant.parse("2026-02-28T02:00:00Z"));
  }

  @Test
  void theSqlPlacesTheHighestTierFirstAndRanksKeys() {
    assertThat(ladder.tierSql("s", "p"))
        .isEqualTo(
            "CASE WHEN s >= 30000.00 AND p >= 4 THEN 'DIAMOND'"
                + " WHEN s >= 10000.00 AND p >= 2 THEN 'GOLD'"
                + " WHEN s >= 3000.00 AND p >= 1 THEN 'SILVER' ELSE 'ORDINARY' END");
    assertThat(ladder.rankSql("t"))
        .isEqualTo(
            "CASE t WHEN 'ORDINARY' THEN 0 WHEN 'SILVER' THEN 1 WHEN 'GOLD' THEN 2"
                + " WHEN 'DIAMOND' THEN 3 ELSE -1 END");
  }

  @Test
  void badTierSettingsStopTheStartUpNamingTheKey() {
    CustomersSettings lengths = CustomersSettingsTest.defaults();
    lengths.tierMinSpend = List.of("0", "3000", "10000");
    assertThatThrownBy(lengths::validate)
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("storecrm.customers.tier.names=ORDINARY,SILVER,GOLD,DIAMOND");

    CustomersSettings lowest = CustomersSettingsTest.defaults();
    lowest.tierMinPurchases = List.of(1, 1, 2, 4);
    assertThatThrownBy(lowest::validate).hasMessageContaining("lowest tier asks for 0");

    CustomersSettings falling = CustomersSettingsTest.defaults();
    falling.tierMinSpend = List.of("0", "3000", "2000", "30000");
    assertThatThrownBy(falling::validate).hasMessageContaining("never less: GOLD");

    CustomersSettings same = CustomersSettingsTest.defaults();
    same.tierMinSpend = List.of("0", "3000", "3000", "30000");
    same.tierMinPurchases = List.of(0, 1, 1, 4);
    assertThatThrownBy(same::validate)
        .hasMessageContaining("asks for more than the one below it, and never less: GOLD");

    CustomersSettings key = CustomersSettingsTest.defaults();
    key.tierNames = List.of("ORDINARY", "silver", "GOLD", "DIAMOND");
    assertThatThrownBy(key::validate).hasMessageContaining("tier keys");

    CustomersSettings twice = CustomersSettingsTest.defaults();
    twice.tierNames = List.of("ORDINARY", "GOLD", "GOLD", "DIAMOND");
    assertThatThrownBy(twice::validate).hasMessageContaining("distinct");

    CustomersSettings money = CustomersSettingsTest.defaults();
    money.tierMinSpend = List.of("0", "3000", "ten thousand", "30000");
    assertThatThrownBy(money::validate).hasMessageContaining("a minimum spend in CNY");

    CustomersSettings days = CustomersSettingsTest.defaults();
    days.tierContactDays = List.of(0, 90, -1, 30);
    assertThatThrownBy(days::validate).hasMessageContaining("no negative");

    CustomersSettings window = CustomersSettingsTest.defaults();
    window.tierWindowMonths = 0;
    assertThatThrownBy(window::validate)
        .hasMessageContaining("storecrm.customers.tier.window-months=0");
  }
}
