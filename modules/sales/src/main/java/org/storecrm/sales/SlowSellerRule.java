package org.storecrm.sales;

/**
 * What makes a slow seller: at most {@code maxUnits} units sold in the last {@code days} days
 * ({@code storecrm.sales.slow-seller.*}) by a product launched before that window.
 */
public record SlowSellerRule(int days, int maxUnits) {}
