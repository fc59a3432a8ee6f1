package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A store's hold on its customers in one month.
 *
 * @param lastYearBuyers customers who bought at the store in the year before (the base of 老顾客巩固率)
 * @param retained of them, those who bought again this year by the month's end
 * @param retentionRate retained as a percentage of lastYearBuyers
 * @param buyers customers who bought in the month
 * @param returningBuyers of them, those who had bought at the store in the 365 days before
 * @param repeatRate returningBuyers as a percentage of buyers (复购率)
 */
public record RetentionMonth(
    YearMonth month,
    long lastYearBuyers,
    long retained,
    BigDecimal retentionRate,
    long buyers,
    long returningBuyers,
    BigDecimal repeatRate) {}
