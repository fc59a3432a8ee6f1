package org.storecrm.accounts.internal.receivables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.storecrm.sales.OrderPlaced;
import org.storecrm.sales.OrderReturned;
import org.storecrm.sales.Payment;

/**
 * The sales module's events, observed in the sale's (or the return's) transaction: a sale on
 * account credit raises its invoice (what the deposit did not pay), so the order and the invoice
 * commit together or not at all; a return credits the sale's invoice.
 */
@ApplicationScoped
public class SalesReactions {
  @Inject InvoiceLedger ledger;

  void orderPlaced(@Observes OrderPlaced order) {
    if (order.payment() != Payment.ACCOUNT_CREDIT || order.accountId() == null) {
      return;
    }
    BigDecimal owed = order.total().subtract(order.deposit());
    if (owed.signum() > 0) {
      ledger.raise(order.orderId(), order.accountId(), order.storeId(), owed, order.soldAt());
    }
  }

  void orderReturned(@Observes OrderReturned returned) {
    if (returned.payment() == Payment.ACCOUNT_CREDIT) {
      ledger.credit(returned.orderId(), returned.refund(), returned.returnedAt());
    }
  }
}
