package org.storecrm.it.sales;

import jakarta.enterprise.context.ApplicationScoped;
import org.storecrm.platform.Money;
import org.storecrm.sales.CreditCheck;

/** Deployed only by {@link SalesSpiIT}: account 13 is on credit hold, every other is fine. */
@ApplicationScoped
public class TestCreditCheck implements CreditCheck {
  static final long ON_HOLD = 13;

  @Override
  public Decision check(long accountId, long storeId, Money amount) {
    return accountId == ON_HOLD
        ? Decision.refuse("credit hold: an invoice is overdue")
        : Decision.approve();
  }
}
