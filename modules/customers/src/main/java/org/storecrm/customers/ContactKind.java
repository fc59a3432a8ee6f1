package org.storecrm.customers;

/** A registered contact with a customer. */
public enum ContactKind {
  VISIT,
  PHONE_IN,
  CALLBACK,
  CALL,
  APPOINTMENT,
  SERVICE
}
