package org.storecrm.customers;

import java.time.Instant;
import java.util.List;

/**
 * A phone-in as recorded: the register entry, the steps done (in the chain's order), the promised
 * callback when the consultant could not answer, and whether the care message went to the caller
 * (the text as sent, when it did).
 */
public record PhoneInView(
    long entryId,
    Instant occurredAt,
    Long customerId,
    List<PhoneInStep> steps,
    Long callbackId,
    Instant callbackDueAt,
    boolean careMessageSent,
    String careMessage) {}
