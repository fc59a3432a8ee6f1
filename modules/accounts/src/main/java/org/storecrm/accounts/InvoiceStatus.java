package org.storecrm.accounts;

/**
 * An invoice's state: OPEN while anything is owed (OVERDUE is OPEN past its due date, as shown),
 * PAID when payments cleared it, CREDITED when returns did.
 */
public enum InvoiceStatus {
  OPEN,
  OVERDUE,
  PAID,
  CREDITED
}
