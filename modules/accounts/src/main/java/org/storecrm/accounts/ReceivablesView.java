package org.storecrm.accounts;

import java.util.List;

/**
 * An account's statement: its invoices (open ones first, oldest due first, then the latest closed
 * ones), the open amounts' aging and whether it is on credit hold.
 */
public record ReceivablesView(
    long accountId,
    List<InvoiceView> invoices,
    Aging aging,
    boolean creditHold,
    String creditHoldReason) {
  public ReceivablesView {
    invoices = List.copyOf(invoices);
  }
}
