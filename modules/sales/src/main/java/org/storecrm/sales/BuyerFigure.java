package org.storecrm.sales;

import java.time.Instant;

/**
 * What one customer bought in one store over a window, for the accounts module's weekly scan of
 * store sales for business buyers. Units are net of returns.
 *
 * @param orders the customer's orders in the window
 * @param multiUnitOrders those orders that kept at least the asked number of units of the asked
 *     categories (a multi-unit purchase)
 * @param businessUnits the units of the asked categories the customer kept over the window
 * @param lastBoughtAt the customer's latest order in the window
 */
public record BuyerFigure(
    long storeId,
    long customerId,
    int orders,
    int multiUnitOrders,
    int businessUnits,
    Instant lastBoughtAt) {}
