package org.storecrm.customers;

/**
 * Filters of the intent-customer contact status; every one is optional. With {@code leads} the list
 * holds the leads waiting for a consultant or a first contact instead of the intent customers:
 * customers without a consultant and those with an open first-contact task.
 */
public record IntentStatusFilter(
    IntentGrade grade, Long consultantId, boolean overdueOnly, boolean leads) {
  public static final IntentStatusFilter ALL = new IntentStatusFilter(null, null, false, false);

  public IntentStatusFilter(IntentGrade grade, Long consultantId, boolean overdueOnly) {
    this(grade, consultantId, overdueOnly, false);
  }
}
