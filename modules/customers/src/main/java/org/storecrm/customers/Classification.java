package org.storecrm.customers;

/** Level one of the customer classification (DOMAIN.md section 1). */
public enum Classification {
  POTENTIAL,
  BASE,
  VIP
}
