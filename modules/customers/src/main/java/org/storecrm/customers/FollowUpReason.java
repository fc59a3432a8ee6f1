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
  COMPLAINT_ESCALATION
}
