package org.storecrm.customers.internal.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.SatisfactionMeasures;

/**
 * docs/domain.md ("Satisfaction and complaints"): scores of 1–3 raise a recovery task; a 5 counts
 * for more than a 4.
 */
class SatisfactionRuleTest {
  @Test
  void byDefaultOneToThreeNeedRecoveryAndFourAndFiveDoNot() {
    SatisfactionRule rule = new SatisfactionRule(4);
    assertThat(rule.needsRecovery(1)).isTrue();
    assertThat(rule.needsRecovery(2)).isTrue();
    assertThat(rule.needsRecovery(3)).isTrue();
    assertThat(rule.needsRecovery(4)).isFalse();
    assertThat(rule.needsRecovery(5)).isFalse();
  }

  @Test
  void theThresholdIsConfigurable() {
    assertThat(new SatisfactionRule(5).needsRecovery(4)).isTrue();
    assertThat(new SatisfactionRule(1).needsRecovery(1)).as("1 = never").isFalse();
    assertThat(new SatisfactionRule(6).needsRecovery(5)).as("6 = always").isTrue();
    assertThatThrownBy(() -> new SatisfactionRule(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SatisfactionRule(7)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScoreOutsideOneToFiveIsNotAScore() {
    assertThatThrownBy(() -> new SatisfactionRule(4).needsRecovery(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SatisfactionRule(4).needsRecovery(6))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void measuresAreTheAverageAndTheShareOfFivesToTwoDecimals() {
    LocalDate day = LocalDate.of(2026, 11, 1);
    // Scores 5, 5, 4, 2: sum 16 of 4 answers, two 5s.
    SatisfactionMeasures measures = SurveyService.measures(3, day, day.plusDays(29), 4, 16, 2);
    assertThat(measures.averageScore()).isEqualTo(new BigDecimal("4.00"));
    assertThat(measures.shareOfFives()).isEqualTo(new BigDecimal("0.50"));
    SatisfactionMeasures thirds = SurveyService.measures(3, day, day, 3, 13, 1);
    assertThat(thirds.averageScore()).isEqualTo(new BigDecimal("4.33"));
    assertThat(thirds.shareOfFives()).isEqualTo(new BigDecimal("0.33"));
    SatisfactionMeasures none = SurveyService.measures(3, day, day, 0, 0, 0);
    assertThat(none.averageScore()).isNull();
    assertThat(none.shareOfFives()).isNull();
  }
}
