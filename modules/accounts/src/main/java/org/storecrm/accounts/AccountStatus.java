package org.storecrm.accounts;

/** Where a business client stands: a prospect does not buy on credit; a key account goes first. */
public enum AccountStatus {
  PROSPECT,
  ACTIVE,
  KEY
}
