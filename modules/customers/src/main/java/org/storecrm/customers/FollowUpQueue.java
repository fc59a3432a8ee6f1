package org.storecrm.customers;

/**
 * Which follow-ups a queue shows: due (open, due later today: not yet overdue), overdue (open, past
 * due), upcoming (open, due on the coming days: tomorrow to a week ahead unless a range is named),
 * or every open one, soonest first. Due, overdue and upcoming never share a task. Escalated: open
 * tasks the sweep escalated to the store manager, overdue by more than the setting's days.
 */
public enum FollowUpQueue {
  DUE,
  OVERDUE,
  UPCOMING,
  OPEN,
  ESCALATED
}
