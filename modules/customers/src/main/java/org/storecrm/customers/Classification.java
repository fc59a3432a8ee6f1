package org.storecrm.customers;

/** Level one of the customer classification (docs/domain.md, "Classification"). */
public enum Classification {
  POTENTIAL,
  BASE,
  VIP
}
