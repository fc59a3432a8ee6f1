package org.storecrm.customers;

/** How the customer first came to the store. */
public enum SourceChannel {
  WALK_IN,
  PHONE_IN,
  HEAD_OFFICE_LEAD,
  DEALER_LEAD,
  EVENT,
  REFERRAL,
  SERVICE_INTAKE,
  COLD_VISIT
}
