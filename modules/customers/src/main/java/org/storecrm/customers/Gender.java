package org.storecrm.customers;

/** As the customer gives it; left out when they do not. */
public enum Gender {
  FEMALE,
  MALE
}
