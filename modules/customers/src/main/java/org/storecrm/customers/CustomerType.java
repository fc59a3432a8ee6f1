package org.storecrm.customers;

/** A person or a company. */
public enum CustomerType {
  PERSON,
  COMPANY
}
