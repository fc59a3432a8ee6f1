package org.storecrm.customers;

/** Why a follow-up task exists. */
public enum FollowUpReason {
  GRADE_CADENCE,
  FIRST_CONTACT,
  APPOINTMENT_CONFIRMATION,
  POST_SALE,
  BIRTHDAY,
  VIP_MONTHLY,
  /** A member-care contact: how often depends on the customer's membership tier. */
  MEMBER_CARE,
  RECOVERY,
  COMPLAINT_ESCALATION,
  /** The next step a consultant planned with a date when logging a contact. */
  PLANNED_CONTACT,
  /**
   * The satisfaction callback a complaint's resolution opens; its completion records the "complaint
   * closed" survey.
   */
  COMPLAINT_CALLBACK,
  /** A greeting call before a holiday of the holiday table, for base and VIP customers. */
  HOLIDAY_GREETING
}
