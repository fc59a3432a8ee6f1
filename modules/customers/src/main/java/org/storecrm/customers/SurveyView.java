package org.storecrm.customers;

import java.time.Instant;

/** A recorded survey; {@code recoveryTaskId} names the manager's task a low score opened. */
public record SurveyView(
    long id,
    long customerId,
    int score,
    SurveyOccasion occasion,
    String comment,
    String recordedBy,
    Instant answeredAt,
    Long recoveryTaskId) {}
