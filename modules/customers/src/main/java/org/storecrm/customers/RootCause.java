package org.storecrm.customers;

/**
 * Why the complaint arose, found when it is resolved (the category is what the customer complained
 * about; the root cause is what the store found). OTHER needs the text.
 */
public enum RootCause {
  PRODUCT_DEFECT,
  STAFF_CONDUCT,
  STORE_PROCESS,
  DELIVERY_OR_INSTALLATION,
  PRICE_OR_PROMOTION,
  SUPPLIER,
  CUSTOMER_MISUNDERSTANDING,
  OTHER
}
