package org.storecrm.sales;

/** An order is never deleted: returns change its status. */
public enum OrderStatus {
  COMPLETED,
  PARTLY_RETURNED,
  RETURNED
}
