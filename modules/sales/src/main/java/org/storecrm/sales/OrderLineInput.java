package org.storecrm.sales;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One line of a new order. {@code unitPrice} defaults to the list price (a lower one counts as a
 * discount); {@code discount} is an amount off the whole line.
 */
public record OrderLineInput(
    @NotNull Long productId,
    @NotNull @Min(1) @Max(999) Integer quantity,
    @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
    @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal discount) {}
