package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A complaint as logged at the hotline or the counter: on a customer card ({@code customerId}), or
 * without one, from the caller's name and phone (the card can be linked later). The owner defaults
 * to the person logging it (only a manager names someone else); {@code openedAt} defaults to now
 * and may lie in the past (complaints imported from the old system), and the deadline runs from it.
 */
public record NewComplaint(
    Long customerId,
    @NotNull ComplaintChannel channel,
    @NotNull ComplaintCategory category,
    @NotBlank @Size(max = 2000) String description,
    Long ownerId,
    @PastOrPresent Instant openedAt,
    @Size(max = 100) String callerName,
    @Size(max = 30) String callerPhone) {}
