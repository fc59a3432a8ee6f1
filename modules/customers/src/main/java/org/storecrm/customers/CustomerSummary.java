package org.storecrm.customers;

import java.time.Instant;

/**
 * One row of the customer list; the phone is masked for roles that do not need it.
 *
 * @param tier the membership tier's key
 */
public record CustomerSummary(
    long id,
    String name,
    String phone,
    Classification classification,
    IntentGrade grade,
    Long consultantId,
    Instant nextFollowUpDue,
    Instant lastContactAt,
    String tier) {}
