package org.storecrm.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Receivables (应收) of business accounts: statements, payments, disputes, aging and the sweep.
 * Account managers, managers and head office only (consultants are refused); another store's
 * account is not found.
 */
public interface Receivables {
  ReceivablesView statement(long accountId);

  PaymentView pay(long accountId, @NotNull @Valid NewPayment payment);

  /** Marks an invoice disputed (the sweep and the hold skip it) or, with a null reason, not. */
  InvoiceView dispute(long accountId, long invoiceId, @Size(max = 500) String reason);

  /**
   * @param storeId one store (head office; others see their own)
   * @param accountManagerId one account manager's accounts
   */
  AgingReport aging(Long storeId, Long accountManagerId);

  /** Runs the receivables sweep now (administrators). */
  ReceivablesSweepReport runSweep();
}
