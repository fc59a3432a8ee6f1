package org.storecrm.services;

/**
 * Where an after-sale plan offer for a device stands: open until the plan is sold for the device
 * (ACCEPTED), the customer says no (DECLINED) or the device comes back (RETURNED).
 */
public enum PlanOfferStatus {
  OPEN,
  ACCEPTED,
  DECLINED,
  RETURNED
}
