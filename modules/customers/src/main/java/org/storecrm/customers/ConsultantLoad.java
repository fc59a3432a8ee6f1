package org.storecrm.customers;

/**
 * A consultant's open follow-ups as the manager watches them.
 *
 * @param dueToday open tasks due before the end of today and not yet overdue
 * @param overdue open tasks whose time has passed
 */
public record ConsultantLoad(Long consultantId, long open, long dueToday, long overdue) {}
