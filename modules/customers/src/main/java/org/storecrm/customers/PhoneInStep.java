package org.storecrm.customers;

/**
 * The chain's steps of taking a phone-in (来电), in order, ticked on the phone-in register's
 * checklist and recorded with the call.
 */
public enum PhoneInStep {
  /** Introduce yourself and the store. */
  INTRODUCED,
  /** Confirm what the caller wants. */
  PURPOSE_CONFIRMED,
  /** Answer the question (or promise a callback: "can't answer now"). */
  ANSWERED,
  /** Take the caller's name and phone. */
  DETAILS_TAKEN,
  /** Invite the caller to the store. */
  INVITED,
  /** Agree a time for the visit. */
  TIME_AGREED,
  /** Say how to get here. */
  DIRECTIONS_GIVEN
}
