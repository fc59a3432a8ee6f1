package org.storecrm.customers.internal.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.FollowUpReason;

/** Escalation: overdue by more than the setting's days; the manager's own tasks never escalate. */
class EscalationRuleTest {
  private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

  @Test
  void exactlyTheSettingsDaysOverdueIsNotYetEscalated() {
    Instant threeDaysAgo = NOW.minus(Duration.ofDays(3));
    assertThat(EscalationRule.dueBefore(NOW, 3)).isEqualTo(threeDaysAgo);
    assertThat(EscalationRule.escalates(FollowUpReason.GRADE_CADENCE, threeDaysAgo, NOW, 3))
        .isFalse();
    assertThat(
            EscalationRule.escalates(
                FollowUpReason.GRADE_CADENCE, threeDaysAgo.minusSeconds(1), NOW, 3))
        .isTrue();
    assertThat(EscalationRule.escalates(FollowUpReason.BIRTHDAY, NOW.minusSeconds(60), NOW, 3))
        .as("an hour overdue")
        .isFalse();
  }

  @Test
  void theManagersOwnTasksDoNotEscalate() {
    Instant longAgo = NOW.minus(Duration.ofDays(30));
    assertThat(EscalationRule.escalates(FollowUpReason.COMPLAINT_ESCALATION, longAgo, NOW, 3))
        .isFalse();
    assertThat(EscalationRule.escalates(FollowUpReason.RECOVERY, longAgo, NOW, 3)).isFalse();
    assertThat(EscalationRule.escalates(FollowUpReason.PLANNED_CONTACT, longAgo, NOW, 3)).isTrue();
  }

  @Test
  void oneDayIsTheShortestSetting() {
    assertThat(
            EscalationRule.escalates(
                FollowUpReason.VIP_MONTHLY, NOW.minus(Duration.ofHours(25)), NOW, 1))
        .isTrue();
    assertThat(
            EscalationRule.escalates(
                FollowUpReason.VIP_MONTHLY, NOW.minus(Duration.ofHours(23)), NOW, 1))
        .isFalse();
  }
}
