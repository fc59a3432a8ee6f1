package org.storecrm.customers;

import java.math.BigDecimal;

/**
 * One tenth of a store's buyers, ranked by margin (decile 1 brings the most), with the share of all
 * margin that deciles 1 to this one bring together: the Pareto view.
 */
public record ValueDecile(
    int decile, long customers, BigDecimal margin, int cumulativeSharePercent) {}
