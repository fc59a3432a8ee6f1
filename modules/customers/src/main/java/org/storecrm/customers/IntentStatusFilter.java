package org.storecrm.customers;

/** Filters of the intent-customer contact status; every one is optional. */
public record IntentStatusFilter(IntentGrade grade, Long consultantId, boolean overdueOnly) {
  public static final IntentStatusFilter ALL = new IntentStatusFilter(null, null, false);
}
