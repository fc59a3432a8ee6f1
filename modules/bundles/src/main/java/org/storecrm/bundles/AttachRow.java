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
 * @param eligibleDevices devices sold and kept of a category some active service plan is sold with
 *     (zero in the category rows: the plans are not told apart by the device's category)
 * @param devicesWithPlan of those, the devices sold with a service plan still in force (a plan a
 *     technician sells during a job counts for the technician)
 * @param planPenetration the service-card penetration, devices with a plan / eligible devices in
 *     percent (one decimal); null without eligible devices
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
    BigDecimal soloMargin,
    long eligibleDevices,
    long devicesWithPlan,
    BigDecimal planPenetration) {}
