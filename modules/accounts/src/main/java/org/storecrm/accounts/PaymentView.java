package org.storecrm.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded payment, how it was spread over invoices, and the account's credit standing after it
 * (a payment that cleared every overdue invoice lifted the hold in its transaction).
 */
public record PaymentView(
    long id,
    long accountId,
    BigDecimal amount,
    LocalDate paidOn,
    List<Allocation> allocations,
    boolean creditHold) {
  public PaymentView {
    allocations = List.copyOf(allocations);
  }

  public record Allocation(long invoiceId, BigDecimal amount, BigDecimal stillOpen) {}
}
