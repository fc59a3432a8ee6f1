package org.storecrm.accounts;

/** Who put a buyer into an account manager's queue: store staff, or the weekly scan of sales. */
public enum HandoverSource {
  STAFF,
  SMB_SCAN
}
