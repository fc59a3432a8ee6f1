package org.storecrm.sales;

import org.storecrm.platform.Money;

/**
 * The credit SPI, implemented by the accounts module: may this business account buy this much on
 * credit now? Without an implementation account-credit sales are refused.
 */
public interface CreditCheck {
  Decision check(long accountId, long storeId, Money amount);

  /** Approved, or refused with a reason the consultant can read out (e.g. "credit hold"). */
  record Decision(boolean approved, String reason) {
    public static Decision approve() {
      return new Decision(true, null);
    }

    public static Decision refuse(String reason) {
      return new Decision(false, reason);
    }
  }
}
