package org.storecrm.accounts;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment received: against one invoice, or (none named) the oldest open invoices first. {@code
 * paidOn} defaults to today and may be in the past (imports).
 */
public record NewPayment(
    @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
    @PastOrPresent LocalDate paidOn,
    Long invoiceId) {}
