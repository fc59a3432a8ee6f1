package org.storecrm.customers.internal.followups;

import java.time.LocalDate;

/**
 * The dedupe keys the sweep gives its tasks. A unique index on (customer, key) holds each to one
 * task, so a rerun, or two runs racing on two instances, cannot open a task twice: one per customer
 * and year for a birthday, per customer and month for the VIP contact, per complaint for an
 * escalation.
 */
public final class SweepKeys {
  private SweepKeys() {}

  static String birthday(LocalDate today) {
    return "BIRTHDAY:" + today.getYear();
  }

  static String vipMonth(LocalDate today) {
    return "VIP:" + today.getYear() + "-" + today.getMonthValue();
  }

  /** A member-care contact of the tier sweep: one per customer and day at most. */
  public static String memberCare(LocalDate today) {
    return "MEMBER:" + today;
  }

  /**
   * One greeting per customer, holiday and the holiday's own year ({@code
   * HOLIDAY:MID_AUTUMN:2026}).
   */
  static String holiday(String nameKey, int year) {
    return "HOLIDAY:" + nameKey + ":" + year;
  }

  static String complaint(long complaintId) {
    return "COMPLAINT:" + complaintId;
  }

  static String complaintCallback(long complaintId) {
    return "COMPLAINT_CALLBACK:" + complaintId;
  }
}
