package org.storecrm.customers;

import java.time.Instant;

/**
 * A recorded survey; {@code recoveryTaskId} names the manager's task a low score opened. A
 * "complaint closed" survey names its complaint, and has no {@code customerId} when the complaint
 * has no card.
 */
public record SurveyView(
    long id,
    Long customerId,
    int score,
    SurveyOccasion occasion,
    String comment,
    String recordedBy,
    Instant answeredAt,
    Long recoveryTaskId,
    Long complaintId,
    Long ratedUserId) {}
