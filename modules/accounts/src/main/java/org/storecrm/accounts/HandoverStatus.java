package org.storecrm.accounts;

/** Where a handed-over company buyer stands in the account manager's queue. */
public enum HandoverStatus {
  OPEN,
  CONVERTED,
  DISMISSED
}
