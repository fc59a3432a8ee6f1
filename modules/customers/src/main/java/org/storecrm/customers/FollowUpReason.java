package org.storecrm.customers;

/** Why a follow-up task exists. */
public enum FollowUpReason {
  GRADE_CADENCE,
  FIRST_CONTACT,
  APPOINTMENT_CONFIRMATION,
  POST_SALE,
  BIRTHDAY,
  VIP_MONTHLY,
  RECOVERY,
  COMPLAINT_ESCALATION,
  /** The next step a consultant planned with a date when logging a contact. */
  PLANNED_CONTACT,
  /** A greeting call before a holiday of the holiday table, for base and VIP customers. */
  HOLIDAY_GREETING
}
