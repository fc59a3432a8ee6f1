package org.storecrm.customers;

/** Where a follow-up task stands. */
public enum FollowUpStatus {
  OPEN,
  DONE,
  CANCELLED
}
