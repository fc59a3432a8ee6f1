package org.storecrm.customers;

/**
 * Which follow-ups a queue shows: due (open, due by the end of today), overdue (open, past due), or
 * every open one, soonest first.
 */
public enum FollowUpQueue {
  DUE,
  OVERDUE,
  OPEN
}
