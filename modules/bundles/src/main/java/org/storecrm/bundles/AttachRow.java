package org.storecrm.bundles;

import java.math.BigDecimal;

/**
 * The attach KPIs of one group (a store, a consultant, a category, a month or the total).
 *
 * @param attachRate main sales with at least one kept accessory / all main sales, in percent
 * @param accessoriesPerSale kept accessory units per main sale
 * @param profitShare the accessories' share of the main sales' kept margin, in percent
 * @param withoutProfit accessory lines sold at no margin or a loss ("sold without profit"), with or
 *     without a main product
 * @param soloSales sales of accessories without a main product (e.g. a router a technician sells
 *     during an installation), not part of the attach rate
 * @param soloUnits the accessory units kept of those sales
 * @param soloMargin their accessories' kept margin
 * @param declined offered and declined ("could not sell")
 * @param notOffered never offered ("forgot to offer")
 */
public record AttachRow(
    String key,
    String label,
    long mainSales,
    long attachedSales,
    BigDecimal attachRate,
    long accessoryUnits,
    BigDecimal accessoriesPerSale,
    BigDecimal accessoryMargin,
    BigDecimal margin,
    BigDecimal profitShare,
    long withoutProfit,
    long offered,
    long accepted,
    long declined,
    long notOffered,
    long soloSales,
    long soloUnits,
    BigDecimal soloMargin) {}
