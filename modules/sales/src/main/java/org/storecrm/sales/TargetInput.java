package org.storecrm.sales;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A month's targets for one consultant, or for the whole store when {@code consultantId} is null.
 *
 * @param attachRate percent of main-product orders that carry an accessory
 * @param serviceCards service-card units sold
 */
public record TargetInput(
    Long consultantId,
    @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal revenue,
    @Min(0) @Max(1_000_000) int units,
    @Min(0) @Max(1_000_000) int newLeads,
    @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal attachRate,
    @Min(0) @Max(1_000_000) int serviceCards) {}
