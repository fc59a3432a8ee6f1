package org.storecrm.sales;

import java.math.BigDecimal;

/**
 * One line of the target-vs-actual sheet (营业目标计划与实际比较表): a consultant's month, or the store's
 * ({@code consultantId} null). Actual revenue and units are net of returns made in the month;
 * targets not set are null and so is the attainment they would give.
 *
 * @param revenueAttainment actual revenue in percent of the target, one decimal, rounded down
 * @param attachRate percent of the month's main-product orders that carried an accessory
 */
public record TargetActualRow(
    Long consultantId,
    String consultantName,
    BigDecimal revenueTarget,
    BigDecimal revenue,
    BigDecimal revenueAttainment,
    Integer unitsTarget,
    long units,
    Integer newLeadsTarget,
    long newLeads,
    BigDecimal attachRateTarget,
    BigDecimal attachRate,
    Integer serviceCardsTarget,
    long serviceCards) {}
