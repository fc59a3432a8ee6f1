package org.storecrm.platform;

import java.time.Instant;

/** One line of the audit trail, as the audit screen and API read it. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String username,
    Long storeId,
    String recordType,
    String recordId,
    String action,
    String changes) {}
