package org.storecrm.customers;

import java.time.Instant;

/**
 * What one run of the follow-up sweep did: tasks opened for birthdays and VIPs, open tasks past
 * due, and complaints escalated to the store manager (each with one manager task); holiday
 * greetings opened, tasks of the run that wait for a later week under the weekly contact cap, and
 * overdue follow-ups escalated to the store manager.
 */
public record SweepReport(
    Instant ranAt,
    int birthdayTasks,
    int vipTasks,
    long overdueTasks,
    int escalatedComplaints,
    int holidayTasks,
    int postponedTasks,
    int escalatedFollowUps) {}
