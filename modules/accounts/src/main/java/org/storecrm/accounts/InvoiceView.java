package org.storecrm.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice of an account's statement.
 *
 * @param open what is still owed
 * @param daysOverdue days past the due date while open (0 otherwise)
 */
public record InvoiceView(
    long id,
    Long orderId,
    BigDecimal amount,
    BigDecimal open,
    LocalDate issuedOn,
    LocalDate dueOn,
    InvoiceStatus status,
    long daysOverdue,
    boolean disputed,
    String disputeReason) {}
