package org.storecrm.customers;

/** Where a booked store visit stands. */
public enum AppointmentStatus {
  BOOKED,
  ATTENDED,
  NO_SHOW,
  CANCELLED
}
