package org.storecrm.accounts;

/** How the chain came to the business client (docs/domain.md, "Business accounts"). */
public enum AccountSource {
  WALK_IN,
  REFERRAL,
  COLD_VISIT,
  GOVERNMENT_PROCUREMENT,
  STORE_SALES_SCAN
}
