package org.storecrm.customers;

import java.time.Instant;

/** A follow-up task in a queue; overdue when open and past due. */
public record FollowUpView(
    long id,
    long customerId,
    String customerName,
    String phone,
    Long consultantId,
    FollowUpReason reason,
    Instant dueAt,
    FollowUpStatus status,
    boolean overdue,
    ContactPlanPurpose purpose,
    String plannedStep) {}
