package org.storecrm.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Goods of a sale came back: what {@link CustomerPurchases#recordReturn} is given by the sales
 * module, inside the return's transaction; the customer's lifetime value loses what the return
 * refunded.
 *
 * @param customerId null for an anonymous sale
 * @param revenue the refunded amount (CNY, positive)
 * @param margin the margin the return takes back (CNY)
 */
public record PurchaseReturn(
    long orderId,
    Long customerId,
    long storeId,
    Instant returnedAt,
    BigDecimal revenue,
    BigDecimal margin) {}
