package org.storecrm.customers;

/** How a complaint reached the store. */
public enum ComplaintChannel {
  HOTLINE,
  COUNTER,
  ONLINE,
  SERVICE_VISIT
}
