package org.storecrm.sales;

import java.math.BigDecimal;

/**
 * A seller's commission for a month (to date when the month is running).
 *
 * @param sold revenue of the orders sold in the month
 * @param refunded refunds of returns made in the month on the seller's orders (of any month)
 * @param netRevenue sold less refunded: what commission is paid on
 * @param revenueTarget the month's revenue target, null when none is set
 * @param attainment net revenue in percent of the target (one decimal, rounded down), null without
 *     a target
 * @param schedule the schedule's name (consultant, customer-manager, marketing-manager)
 * @param rate the tier's rate in percent
 */
public record CommissionStatement(
    long sellerId,
    String sellerName,
    String month,
    BigDecimal sold,
    BigDecimal refunded,
    BigDecimal netRevenue,
    BigDecimal revenueTarget,
    BigDecimal attainment,
    String schedule,
    BigDecimal rate,
    BigDecimal commission) {}
