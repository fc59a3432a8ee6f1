package org.storecrm.sales;

/** What a checkout suggestion offers. STEER_UP is the sales module's own (for traffic items). */
public enum SuggestionKind {
  ACCESSORY,
  SERVICE_PLAN,
  STEER_UP
}
