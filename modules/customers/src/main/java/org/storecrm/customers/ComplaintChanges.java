package org.storecrm.customers;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The owner's (or a manager's) edit of a complaint: its status, the resolution, the compensation
 * given and the root cause (all required to resolve) and, for managers, a new owner. {@code
 * version} is the one the client read.
 */
public record ComplaintChanges(
    @NotNull ComplaintStatus status,
    @Size(max = 2000) String resolution,
    Long ownerId,
    @NotNull Long version,
    CompensationKind compensationKind,
    @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal compensationAmount,
    @Size(max = 500) String compensationNote,
    RootCause rootCause,
    @Size(max = 1000) String rootCauseNote) {}
