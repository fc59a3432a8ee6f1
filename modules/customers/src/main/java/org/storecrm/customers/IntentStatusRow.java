package org.storecrm.customers;

import java.time.Instant;

/** One line of the intent-customer contact status (意向顾客接触状况表). */
public record IntentStatusRow(
    long customerId,
    String name,
    String phone,
    IntentGrade grade,
    Long consultantId,
    Instant lastContactAt,
    Instant nextFollowUpDue,
    boolean overdue) {}
