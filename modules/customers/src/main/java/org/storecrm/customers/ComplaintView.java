package org.storecrm.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A complaint as lists, forms and the API show it. {@code number} is what the customer is told when
 * it is acknowledged; {@code overdue} means unresolved and past the deadline. {@code customerId} is
 * null for a hotline complaint without a card, whose {@code customerName} is the caller's name;
 * {@code callerPhone} is masked for the roles that see phones masked. {@code callbackId} is the
 * satisfaction callback its resolution opened.
 */
public record ComplaintView(
    long id,
    String number,
    long storeId,
    Long customerId,
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
    long version,
    String callerName,
    String callerPhone,
    CompensationKind compensationKind,
    BigDecimal compensationAmount,
    String compensationNote,
    RootCause rootCause,
    String rootCauseNote,
    Long callbackId) {}
