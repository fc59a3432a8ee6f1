package org.storecrm.customers;

/**
 * How close an intent customer is to buying (确度). Each grade's follow-up cadence is configured
 * ({@code storecrm.followup.cadence-days.<grade>}, docs/domain.md "Intent grades and cadence").
 */
public enum IntentGrade {
  /** Order: deposit received or deal-and-deliver now. */
  O,
  /** Model chosen, payment and delivery offered: closes within 7 days. */
  H,
  /** Terms negotiated, time fixed: closes within a month. */
  A,
  /** Choosing, hesitating: closes in 1–3 months. */
  B
}
