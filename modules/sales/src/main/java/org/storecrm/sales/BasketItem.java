package org.storecrm.sales;

import java.math.BigDecimal;

/** One product of a basket as advisors see it. */
public record BasketItem(
    long productId, String sku, String name, Category category, int quantity, BigDecimal price) {}
