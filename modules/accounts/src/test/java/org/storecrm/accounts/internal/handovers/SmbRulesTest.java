package org.storecrm.accounts.internal.handovers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.storecrm.accounts.ScanReason;
import org.storecrm.sales.BuyerFigure;

class SmbRulesTest {
  private static final SmbRules RULES = new SmbRules(true, 2);
  private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

  private static BuyerFigure bought(int orders, int multiUnitOrders, int units) {
    return new BuyerFigure(1, 42, orders, multiUnitOrders, units, NOW);
  }

  @Test
  void aCompanyCustomerWhoBoughtIsListedForThatAlone() {
    assertThat(RULES.reason(bought(1, 0, 1), true, "2026-W49"))
        .contains(new ScanReason("2026-W49", true, 1, 0, 1));
  }

  @Test
  void aPersonIsListedFromTheSecondMultiUnitPurchaseOn() {
    assertThat(RULES.reason(bought(3, 1, 5), false, "2026-W49")).isEmpty();
    assertThat(RULES.reason(bought(3, 2, 8), false, "2026-W49"))
        .contains(new ScanReason("2026-W49", false, 3, 2, 8));
  }

  @Test
  void withCompaniesOffOnlyTheRepeatedMultiUnitRuleLists() {
    SmbRules repeatOnly = new SmbRules(false, 2);
    assertThat(repeatOnly.reason(bought(1, 0, 1), true, "2026-W49")).isEmpty();
    assertThat(repeatOnly.reason(bought(2, 2, 6), true, "2026-W49"))
        .contains(new ScanReason("2026-W49", false, 2, 2, 6));
  }

  @Test
  void theWeekIsTheIsoWeekInTheChainsZone() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    // Sunday 23:30 in Shanghai is still week 49; 16:30 UTC the same evening is Monday 00:30 there.
    assertThat(SmbRules.week(Instant.parse("2026-12-06T15:30:00Z"), shanghai))
        .isEqualTo("2026-W49");
    assertThat(SmbRules.week(Instant.parse("2026-12-06T16:30:00Z"), shanghai))
        .isEqualTo("2026-W50");
    // The first days of January can belong to the last week of the year before.
    assertThat(SmbRules.week(Instant.parse("2027-01-01T04:00:00Z"), shanghai))
        .isEqualTo("2026-W53");
  }
}
