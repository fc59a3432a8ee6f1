package org.storecrm.customers;

/** The kinds of base customer (基盘顾客). */
public enum BaseKind {
  OWN_SOLD_OWNER,
  OTHER_SOLD_OWNER,
  INTENT,
  OTHER_BRAND_OWNER,
  LOST
}
