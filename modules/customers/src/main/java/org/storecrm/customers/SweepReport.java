package org.storecrm.customers;

import java.time.Instant;

/**
 * What one run of the follow-up sweep did: tasks opened for birthdays and VIPs, open tasks past
 * due, and complaints escalated to the store manager (each with one manager task).
 */
public record SweepReport(
    Instant ranAt, int birthdayTasks, int vipTasks, long overdueTasks, int escalatedComplaints) {}
