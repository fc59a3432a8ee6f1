package org.storecrm.customers;

import java.time.Instant;

/** One change of classification or grade on the card's history. */
public record HistoryEntry(
    Instant changedAt,
    String changedBy,
    String field,
    String oldValue,
    String newValue,
    String reason) {}
