package org.storecrm.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The counted stock of a product in a store ({@code storeId} only for head-office callers). */
public record StockChange(@NotNull @Min(0) @Max(1_000_000) Integer onHand, Long storeId) {}
