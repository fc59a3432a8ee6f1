package org.storecrm.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A buyer's value with their recency / frequency / monetary tiers, each 1 (lowest fifth of the
 * store's buyers) to 5 (highest fifth; for recency, the most recent).
 */
public record CustomerValueRow(
    long customerId,
    String name,
    BigDecimal lifetimeRevenue,
    BigDecimal lifetimeMargin,
    int purchaseCount,
    Instant lastPurchaseAt,
    int recencyTier,
    int frequencyTier,
    int monetaryTier) {}
