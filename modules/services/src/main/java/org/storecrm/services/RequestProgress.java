package org.storecrm.services;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The assigned technician moves the request on: {@code ON_SITE} when they arrive (the promise is
 * kept then), {@code DONE} when the job is finished, with work notes, the parts used and the
 * customer's signature (PrimeFaces' signature strokes as JSON).
 */
public record RequestProgress(
    @NotNull RequestStatus status,
    @Size(max = 4000) String notes,
    @Size(max = 1000) String parts,
    @Size(max = 60000) String signature) {}
