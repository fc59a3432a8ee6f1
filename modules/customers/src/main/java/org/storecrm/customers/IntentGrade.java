package org.storecrm.customers;

/**
 * How close an intent customer is to buying (确度), with the follow-up cadence docs/domain.md gives
 * as the default ("Intent grades and cadence"): O weekly until delivery, H every 2 days, A weekly,
 * B twice a month. The cadence is configured ({@code storecrm.followup.cadence-days.<grade>});
 * these are the defaults.
 */
public enum IntentGrade {
  /** Order: deposit received or deal-and-deliver now. */
  O(7),
  /** Model chosen, payment and delivery offered: closes within 7 days. */
  H(2),
  /** Terms negotiated, time fixed: closes within a month. */
  A(7),
  /** Choosing, hesitating: closes in 1–3 months. */
  B(15);

  private final int defaultCadenceDays;

  IntentGrade(int defaultCadenceDays) {
    this.defaultCadenceDays = defaultCadenceDays;
  }

  public int defaultCadenceDays() {
    return defaultCadenceDays;
  }
}
