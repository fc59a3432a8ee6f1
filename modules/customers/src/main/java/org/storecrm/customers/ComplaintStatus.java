package org.storecrm.customers;

/**
 * Where a complaint stands. Escalation is not a status but a flag beside it: an escalated complaint
 * is still open or in progress until someone resolves it.
 */
public enum ComplaintStatus {
  OPEN,
  IN_PROGRESS,
  RESOLVED;

  public boolean isUnresolved() {
    return this != RESOLVED;
  }
}
