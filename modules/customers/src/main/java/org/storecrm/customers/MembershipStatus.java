package org.storecrm.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's membership tier (会员等级) as the card shows it: what they spent and how often they
 * bought in the rolling window, and what the next tier still needs.
 *
 * @param tier the tier's key (e.g. {@code GOLD}), one of {@code storecrm.customers.tier.names}
 * @param windowFrom the start of the rolling window (spend and purchases since then count)
 * @param windowSpend revenue net of returns in the window (CNY)
 * @param windowPurchases purchases in the window
 * @param contactDays how often a member of this tier is contacted (days; 0: no member-care calls)
 * @param nextTier the tier above, or null at the top
 * @param spendToNext what the next tier still needs in spend (CNY; 0 when reached), null at the top
 * @param purchasesToNext what the next tier still needs in purchases, null at the top
 */
public record MembershipStatus(
    long customerId,
    String tier,
    Instant windowFrom,
    BigDecimal windowSpend,
    int windowPurchases,
    int contactDays,
    String nextTier,
    BigDecimal spendToNext,
    Integer purchasesToNext) {}
