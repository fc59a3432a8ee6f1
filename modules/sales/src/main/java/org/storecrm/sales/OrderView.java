package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order with its lines and checklist. {@code total} is what the customer paid at the sale,
 * {@code returnedAmount} what was refunded since; {@code margin} is the margin of what was kept.
 * {@code mainOrderId} is the main sale a gift pack order was sold after (null otherwise).
 */
public record OrderView(
    long id,
    long storeId,
    long consultantId,
    Long customerId,
    Instant soldAt,
    Payment payment,
    Long accountId,
    BigDecimal deposit,
    BigDecimal total,
    BigDecimal returnedAmount,
    BigDecimal margin,
    OrderStatus status,
    String approvedBy,
    Long mainOrderId,
    List<OrderLineView> lines,
    List<ChecklistEntry> checklist,
    long version) {}
