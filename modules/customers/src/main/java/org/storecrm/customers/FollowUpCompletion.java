package org.storecrm.customers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The outcome of a follow-up; a satisfaction score (1–5) where the customer gave one. */
public record FollowUpCompletion(
    @NotBlank @Size(max = 200) String outcome,
    @Min(1) @Max(5) Integer satisfaction,
    @Size(max = 1000) String note) {}
