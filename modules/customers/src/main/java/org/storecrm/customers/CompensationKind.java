package org.storecrm.customers;

/**
 * What the store gave a complaining customer, recorded when the complaint is resolved. REFUND and
 * VOUCHER are money and need an amount; GIFT and OTHER need a description; NONE says explicitly
 * that nothing was given.
 */
public enum CompensationKind {
  NONE,
  REFUND,
  VOUCHER,
  EXCHANGE,
  REPAIR,
  GIFT,
  OTHER;

  /** Whether the compensation is money, whose amount is recorded. */
  public boolean isMoney() {
    return this == REFUND || this == VOUCHER;
  }

  /** Whether the kind alone does not say what was given. */
  public boolean needsDescription() {
    return this == GIFT || this == OTHER;
  }
}
