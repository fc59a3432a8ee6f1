package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A visit, call or callback. {@code occurredAt} defaults to now and may lie in the past (history
 * imported from the old system). A {@code nextStep} with {@code nextStepAt} plans that contact: it
 * becomes a follow-up due then ("I'll call you back before 16:00").
 */
public record NewContact(
    @NotNull ContactKind kind,
    Instant occurredAt,
    @Size(max = 200) String purpose,
    @NotBlank @Size(max = 200) String outcome,
    @Size(max = 1000) String note,
    @Size(max = 200) String nextStep,
    Instant nextStepAt) {}
