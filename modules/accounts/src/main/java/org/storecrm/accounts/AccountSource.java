package org.storecrm.accounts;

/** How the chain came to the business client (DOMAIN.md section 5). */
public enum AccountSource {
  WALK_IN,
  REFERRAL,
  COLD_VISIT,
  GOVERNMENT_PROCUREMENT,
  STORE_SALES_SCAN
}
