package org.storecrm.accounts.internal.receivables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.storecrm.customers.SaleCompleted;
import org.storecrm.customers.SaleReturned;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.Payment;

/**
 * The sales module's events, observed in the sale's (or the return's) transaction: a sale on
 * account credit raises its invoice (what the deposit did not pay), so the order and the invoice
 * commit together or not at all; a return credits the sale's invoice.
 */
@ApplicationScoped
public class SalesReactions {
  @Inject Checkout checkout;
  @Inject InvoiceLedger ledger;

  void saleCompleted(@Observes SaleCompleted sale) {
    OrderView order = checkout.get(sale.orderId());
    if (order.payment() != Payment.ACCOUNT_CREDIT || order.accountId() == null) {
      return;
    }
    BigDecimal owed =
        order.total().subtract(order.deposit() == null ? BigDecimal.ZERO : order.deposit());
    if (owed.signum() > 0) {
      ledger.raise(order.id(), order.accountId(), order.storeId(), owed, order.soldAt());
    }
  }

  void saleReturned(@Observes SaleReturned returned) {
    ledger.credit(returned.orderId(), returned.revenue(), returned.returnedAt());
  }
}
