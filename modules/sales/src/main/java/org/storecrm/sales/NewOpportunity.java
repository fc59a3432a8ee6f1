package org.storecrm.sales;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's ({@code customerId}) or a business account's ({@code accountId}) interest in a
 * category: exactly one of the two. The consultant defaults to the caller when a consultant or an
 * account manager opens it, else to the customer's consultant (for an account: the caller).
 */
public record NewOpportunity(
    Long customerId,
    Long accountId,
    @NotNull Category category,
    @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal budget,
    LocalDate expectedClose,
    Long consultantId) {}
