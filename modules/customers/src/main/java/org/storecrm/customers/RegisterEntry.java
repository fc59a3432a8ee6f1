package org.storecrm.customers;

import java.time.Instant;

/**
 * One entry of the visit or phone-in register.
 *
 * @param recordedByName the consultant's name, where the caller may see them
 * @param customerId the card the entry was logged on; null when the visitor left no details
 * @param phoneInSteps a phone-in's checklist: the chain's steps done, in order (empty when the
 *     entry was logged without the checklist)
 */
public record RegisterEntry(
    long id,
    Instant occurredAt,
    ContactKind kind,
    String recordedBy,
    String recordedByName,
    String purpose,
    String outcome,
    String note,
    Long customerId,
    String customerName,
    java.util.List<PhoneInStep> phoneInSteps) {}
