package org.storecrm.customers;

import java.time.Instant;

/**
 * A complaint as lists, forms and the API show it. {@code number} is what the customer is told when
 * it is acknowledged; {@code overdue} means unresolved and past the deadline.
 */
public record ComplaintView(
    long id,
    String number,
    long storeId,
    long customerId,
    String customerName,
    ComplaintChannel channel,
    ComplaintCategory category,
    String description,
    long ownerId,
    String ownerUsername,
    Instant openedAt,
    String openedBy,
    Instant deadline,
    ComplaintStatus status,
    String resolution,
    Instant resolvedAt,
    String resolvedBy,
    boolean escalated,
    Instant escalatedAt,
    boolean overdue,
    long version) {}
