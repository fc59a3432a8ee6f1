package org.storecrm.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Turns a handover into an account of its account manager (source walk-in, named after the
 * customer, the customer's phone as its first contact); terms as for any account.
 */
public record HandoverConversion(
    @NotNull AccountStatus status,
    @NotNull @Min(0) @Max(365) Integer paymentTermDays,
    @Size(max = 60) String industry,
    @Min(1) @Max(1_000_000) Integer employees) {}
