package org.storecrm.customers.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * docs/domain.md ("Satisfaction and complaints"): "a 5 is worth far more than a 4, so 1–3 scores
 * raise a recovery task". A score below {@code storecrm.customers.recovery-below} (default 4) needs
 * recovery; the one rule for surveys and for scores given when a follow-up is completed.
 */
@ApplicationScoped
public class SatisfactionRule {
  static final String KEY = "storecrm.customers.recovery-below";

  private int recoveryBelow;

  protected SatisfactionRule() {}

  @Inject
  SatisfactionRule(Config config) {
    this(config.getOptionalValue(KEY, Integer.class).orElse(4));
  }

  SatisfactionRule(int recoveryBelow) {
    if (recoveryBelow < 1 || recoveryBelow > 6) {
      throw new IllegalArgumentException(
          KEY + " must be between 1 (never) and 6 (always); it is " + recoveryBelow);
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
