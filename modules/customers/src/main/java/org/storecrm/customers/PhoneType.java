package org.storecrm.customers;

/** What kind of number a phone is; only mobiles are checked as Chinese mobile numbers. */
public enum PhoneType {
  MOBILE,
  LANDLINE,
  OTHER
}
