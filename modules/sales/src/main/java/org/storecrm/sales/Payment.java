package org.storecrm.sales;

/** How a sale is paid: at the counter, or on a business account's credit. */
public enum Payment {
  CASH,
  CARD,
  ACCOUNT_CREDIT
}
