package org.storecrm.customers;

/** What a complaint is about. */
public enum ComplaintCategory {
  PRODUCT,
  SERVICE,
  STAFF,
  DELIVERY,
  PRICE,
  OTHER
}
