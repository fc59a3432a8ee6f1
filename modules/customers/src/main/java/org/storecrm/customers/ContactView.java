package org.storecrm.customers;

import java.time.Instant;

/** One entry of a card's contact timeline. */
public record ContactView(
    long id,
    ContactKind kind,
    Instant occurredAt,
    String recordedBy,
    String purpose,
    String outcome,
    String note,
    String nextStep) {}
