package org.storecrm.customers.internal.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.storecrm.customers.internal.CustomersSettings;

/**
 * docs/domain.md ("Satisfaction and complaints"): "a 5 is worth far more than a 4, so 1–3 scores
 * raise a recovery task". A score below {@code storecrm.customers.recovery-below} (default 4) needs
 * recovery; the one rule for surveys and for scores given when a follow-up is completed.
 */
@ApplicationScoped
public class SatisfactionRule {
  private int recoveryBelow;

  protected SatisfactionRule() {}

  @Inject
  SatisfactionRule(CustomersSettings settings) {
    this(settings.recoveryBelow());
  }

  SatisfactionRule(int recoveryBelow) {
    if (recoveryBelow < 1 || recoveryBelow > 6) {
      throw new IllegalArgumentException(
          CustomersSettings.RECOVERY_BELOW_KEY
              + " must be between 1 (never) and 6 (always); it is "
              + recoveryBelow);
    }
    this.recoveryBelow = recoveryBelow;
  }

  /** Whether a score (1–5) opens a recovery task for the store manager. */
  boolean needsRecovery(int score) {
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException("A satisfaction score is 1 to 5, not " + score);
    }
    return score < recoveryBelow;
  }
}
