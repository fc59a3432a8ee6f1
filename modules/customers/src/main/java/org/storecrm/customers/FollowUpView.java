package org.storecrm.customers;

import java.time.Instant;

/**
 * A follow-up task in a queue; overdue when open and past due. A task about a hotline complaint
 * without a card has no {@code customerId}: {@code customerName} and {@code phone} are the
 * caller's, and {@code complaintId} names the complaint.
 *
 * @param escalatedAt when the sweep escalated it, overdue, to the store manager (null: never, or
 *     the manager reassigned it since)
 * @param version quoted by the manager's reassignment or closure
 */
public record FollowUpView(
    long id,
    Long customerId,
    String customerName,
    String phone,
    Long consultantId,
    FollowUpReason reason,
    Instant dueAt,
    FollowUpStatus status,
    boolean overdue,
    ContactPlanPurpose purpose,
    String plannedStep,
    Long complaintId,
    Instant escalatedAt,
    long version) {}
