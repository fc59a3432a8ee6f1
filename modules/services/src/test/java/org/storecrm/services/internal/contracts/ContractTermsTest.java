package org.storecrm.services.internal.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTermsTest {
  private static final LocalDate SOLD = LocalDate.of(2026, 3, 5);

  @Test
  void aTermEndsTheDayBeforeTheSameDateMonthsLaterLifetimeHasNoEnd() {
    assertThat(ContractTerms.end(SOLD, 12)).isEqualTo(LocalDate.of(2027, 3, 4));
    assertThat(ContractTerms.end(SOLD, 36)).isEqualTo(LocalDate.of(2029, 3, 4));
    assertThat(ContractTerms.end(LocalDate.of(2026, 1, 31), 1))
        .isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(ContractTerms.end(SOLD, null)).isNull();
  }

  @Test
  void aContractCoversItsTermUntilItIsClosed() {
    LocalDate end = ContractTerms.end(SOLD, 12);
    assertThat(ContractTerms.covers(SOLD, end, null, SOLD)).isTrue();
    assertThat(ContractTerms.covers(SOLD, end, null, SOLD.minusDays(1))).isFalse();
    assertThat(ContractTerms.covers(SOLD, end, null, end)).isTrue();
    assertThat(ContractTerms.covers(SOLD, end, null, end.plusDays(1))).isFalse();
    assertThat(ContractTerms.covers(SOLD, null, null, SOLD.plusYears(40))).isTrue();
    LocalDate closed = SOLD.plusDays(10);
    assertThat(ContractTerms.covers(SOLD, end, closed, closed.minusDays(1))).isTrue();
    assertThat(ContractTerms.covers(SOLD, end, closed, closed)).isFalse();
  }

  @Test
  void aReturnRefundsTheUnusedDaysOfTheTerm() {
    LocalDate end = ContractTerms.end(SOLD, 12); // 365 days
    BigDecimal paid = new BigDecimal("365.00");
    assertThat(ContractTerms.refund(paid, SOLD, end, SOLD, 60)).isEqualByComparingTo("365.00");
    assertThat(ContractTerms.refund(paid, SOLD, end, SOLD.plusDays(73), 60))
        .isEqualByComparingTo("292.00");
    assertThat(ContractTerms.refund(paid, SOLD, end, end, 60)).isEqualByComparingTo("1.00");
    assertThat(ContractTerms.refund(paid, SOLD, end, end.plusDays(1), 60)).isZero();
    assertThat(ContractTerms.refund(paid, SOLD, end, end.plusYears(2), 60)).isZero();
    assertThat(ContractTerms.refund(new BigDecimal("199.00"), SOLD, end, SOLD.plusDays(100), 60))
        .isEqualByComparingTo("144.48"); // 199 × 265 / 365
  }

  @Test
  void aLifetimePlanIsRefundedOverTheSettingsTerm() {
    // 60 months from 2026-03-05: 1,826 days
    BigDecimal refund =
        ContractTerms.refund(new BigDecimal("1826.00"), SOLD, null, SOLD.plusDays(26), 60);
    assertThat(refund).isEqualByComparingTo("1800.00");
  }
}
