package org.storecrm.customers;

import java.util.List;

/**
 * Membership tiers (会员制): customers tiered by spend and purchases over a rolling window, kept by
 * every sale and return and by a daily sweep; each tier has its contact intensity (member-care
 * contacts) and benefits.
 */
public interface Memberships {
  /** The tier keys from the lowest to the highest (the settings' order). */
  List<String> tiers();

  /** The customer's tier, spend and purchases in the window, and what the next tier needs. */
  MembershipStatus status(long customerId);

  /**
   * Members, spend and this month's moves per tier: a manager's own store; head office the store it
   * names, or the chain when it names none. MANAGER or ADMIN.
   */
  TierReport report(Long storeId);

  /** Runs the tier sweep now (ADMIN). */
  TierSweepReport runSweep();
}
