package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A planned contact: when, why, and by whom.
 *
 * @param step what the contact is to do, in the planner's words
 * @param consultantId who makes it; a manager may name a consultant of the customer's store, a
 *     consultant plans their own (null: the caller if a consultant, else the customer's consultant)
 */
public record NewFollowUp(
    @NotNull Long customerId,
    @NotNull Instant dueAt,
    @NotNull ContactPlanPurpose purpose,
    @Size(max = 200) String step,
    Long consultantId) {}
