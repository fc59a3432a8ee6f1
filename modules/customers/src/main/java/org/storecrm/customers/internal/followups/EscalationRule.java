package org.storecrm.customers.internal.followups;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.storecrm.customers.FollowUpReason;

/**
 * When an overdue follow-up escalates to the store manager: open and due more than {@code days}
 * whole days ago (exactly {@code days} days overdue is not yet escalated). Tasks already in the
 * manager's queue (a complaint's escalation, a recovery task) do not escalate again.
 */
final class EscalationRule {
  /** Reasons whose tasks are the manager's from the start. */
  static final Set<FollowUpReason> MANAGERS_OWN =
      EnumSet.of(FollowUpReason.COMPLAINT_ESCALATION, FollowUpReason.RECOVERY);

  private EscalationRule() {}

  /** Tasks due before this instant escalate at {@code now}. */
  static Instant dueBefore(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }

  /** Whether an open task due at {@code due} escalates at {@code now}. */
  static boolean escalates(FollowUpReason reason, Instant due, Instant now, int days) {
    return !MANAGERS_OWN.contains(reason) && due.isBefore(dueBefore(now, days));
  }
}
