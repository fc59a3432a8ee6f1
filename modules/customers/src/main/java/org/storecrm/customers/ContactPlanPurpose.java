package org.storecrm.customers;

/** Why a contact is planned for a customer (any customer, not only an intent one). */
public enum ContactPlanPurpose {
  /** A new potential customer's next visit or call, planned by their consultant. */
  NEXT_VISIT,
  /** A callback promised to the customer ("I'll call you back before 16:00"). */
  CALLBACK,
  /** Base maintenance: a device of theirs is due for replacement. */
  REPLACEMENT_DUE,
  /** Base maintenance: an add-on for what they own. */
  ADD_ON_PURCHASE,
  /** Base maintenance: ask for a referral. */
  REFERRAL_REQUEST,
  OTHER
}
