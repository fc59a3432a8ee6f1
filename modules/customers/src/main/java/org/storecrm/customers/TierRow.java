package org.storecrm.customers;

import java.math.BigDecimal;

/**
 * One membership tier in the tier report.
 *
 * @param members customers in the tier now
 * @param spend what the tier's members spent in the rolling window (CNY, net of returns)
 * @param movedUp customers who moved up into this tier this month
 * @param movedDown customers who moved down into this tier this month
 */
public record TierRow(String tier, long members, BigDecimal spend, long movedUp, long movedDown) {}
