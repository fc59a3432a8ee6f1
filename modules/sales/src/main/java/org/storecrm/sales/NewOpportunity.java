package org.storecrm.sales;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's interest in a category. The consultant defaults to the caller when a consultant
 * opens it, else to the customer's consultant.
 */
public record NewOpportunity(
    @NotNull Long customerId,
    @NotNull Category category,
    @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal budget,
    LocalDate expectedClose,
    Long consultantId) {}
