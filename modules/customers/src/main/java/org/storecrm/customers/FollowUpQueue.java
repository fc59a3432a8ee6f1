package org.storecrm.customers;

/**
 * Which follow-ups a queue shows: due (open, due later today: not yet overdue), overdue (open, past
 * due), or every open one, soonest first. Due and overdue never share a task.
 */
public enum FollowUpQueue {
  DUE,
  OVERDUE,
  OPEN
}
