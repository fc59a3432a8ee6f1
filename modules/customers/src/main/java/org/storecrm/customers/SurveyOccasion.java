package org.storecrm.customers;

/** When a satisfaction score was asked for. */
public enum SurveyOccasion {
  POST_SALE,
  SERVICE,
  COMPLAINT_CLOSED,
  OTHER
}
