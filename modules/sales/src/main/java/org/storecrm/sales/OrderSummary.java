package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of the order list. */
public record OrderSummary(
    long id,
    long storeId,
    long consultantId,
    Long customerId,
    Instant soldAt,
    Payment payment,
    BigDecimal total,
    BigDecimal returnedAmount,
    OrderStatus status) {}
