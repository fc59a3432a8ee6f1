package org.storecrm.customers;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A store's satisfaction over a date range (both days included, in the chain's zone): the average
 * score and the share of 5s (a 5 is worth far more than a 4). Both are null when there were no
 * surveys.
 */
public record SatisfactionMeasures(
    Long storeId,
    LocalDate from,
    LocalDate to,
    long surveys,
    long fives,
    BigDecimal averageScore,
    BigDecimal shareOfFives) {}
