package org.storecrm.services;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The client's score of a done job, 1–5; a low score opens the customers module's recovery task.
 */
public record RequestFeedback(
    @NotNull @Min(1) @Max(5) Integer score, @Size(max = 1000) String comment) {}
