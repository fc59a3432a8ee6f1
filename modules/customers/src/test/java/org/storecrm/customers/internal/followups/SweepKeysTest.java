package org.storecrm.customers.internal.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The sweep's dedupe keys. */
class SweepKeysTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void aBirthdayIsKeyedByYearAndTheVipContactByMonthInTheStoresCalendar() {
    // 16:30 UTC on 31 December is already New Year's Day in Shanghai.
    LocalDate today = LocalDate.now(Clock.fixed(Instant.parse("2026-12-31T16:30:00Z"), SHANGHAI));
    assertThat(SweepKeys.birthday(today)).isEqualTo("BIRTHDAY:2027");
    assertThat(SweepKeys.vipMonth(today)).isEqualTo("VIP:2027-1");
    assertThat(SweepKeys.vipMonth(today.plusDays(30))).isEqualTo("VIP:2027-1");
    assertThat(SweepKeys.vipMonth(today.plusDays(31))).isEqualTo("VIP:2027-2");
    assertThat(SweepKeys.birthday(today.plusDays(364))).isEqualTo("BIRTHDAY:2027");
    assertThat(SweepKeys.complaint(42)).isEqualTo("COMPLAINT:42");
  }

  @Test
  void keysFitTheColumn() {
    assertThat(SweepKeys.complaint(Long.MAX_VALUE).length()).isLessThanOrEqualTo(40);
    assertThat(SweepKeys.vipMonth(LocalDate.of(9999, 12, 31)).length()).isLessThanOrEqualTo(40);
  }
}
