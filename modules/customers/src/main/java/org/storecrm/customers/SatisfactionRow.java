package org.storecrm.customers;

import java.math.BigDecimal;

/**
 * One line of the satisfaction screen: a consultant's, a technician's or a month's surveys, the
 * average score and the share of 5s (two decimals; null without surveys). {@code key} is the staff
 * member's id or the month ({@code 2026-12}); {@code name} the staff member's name where the caller
 * may see it, else null.
 */
public record SatisfactionRow(
    String key,
    String name,
    long surveys,
    long fives,
    BigDecimal averageScore,
    BigDecimal shareOfFives) {}
