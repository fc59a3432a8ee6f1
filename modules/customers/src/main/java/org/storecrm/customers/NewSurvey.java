package org.storecrm.customers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A satisfaction score (1–5) a customer gave. {@code answeredAt} defaults to now and may lie in the
 * past (surveys imported from the old system).
 */
public record NewSurvey(
    @NotNull @Min(1) @Max(5) Integer score,
    @NotNull SurveyOccasion occasion,
    @Size(max = 1000) String comment,
    @PastOrPresent Instant answeredAt) {}
