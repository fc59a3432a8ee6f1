package org.storecrm.accounts;

import java.time.Instant;

/**
 * A handover in an account manager's queue; {@code accountId} once converted. {@code scanReason}
 * says why the weekly scan listed the buyer (null for a handover by store staff).
 */
public record HandoverView(
    long id,
    long storeId,
    long customerId,
    String customerName,
    String customerPhone,
    long accountManagerId,
    String accountManagerName,
    String note,
    HandoverStatus status,
    String dismissReason,
    Long accountId,
    Instant handedOverAt,
    String handedOverBy,
    Instant closedAt,
    HandoverSource source,
    ScanReason scanReason) {}
