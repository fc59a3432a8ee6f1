package org.storecrm.customers;

/** What a VIP is invited to first: an event, or a gift. */
public enum InvitationKind {
  EVENT,
  GIFT
}
