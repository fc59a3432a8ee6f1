package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.Instant;

/** A month's targets of a consultant, or of the store when {@code consultantId} is null. */
public record TargetView(
    long id,
    long storeId,
    Long consultantId,
    String month,
    BigDecimal revenue,
    int units,
    int newLeads,
    BigDecimal attachRate,
    int serviceCards,
    String updatedBy,
    Instant updatedAt,
    long version) {}
