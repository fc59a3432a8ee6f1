package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An opportunity with its stage; {@code reached} is the furthest stage before any loss. */
public record OpportunityView(
    long id,
    long storeId,
    long customerId,
    long consultantId,
    String source,
    Category category,
    BigDecimal budget,
    LocalDate expectedClose,
    Stage stage,
    Stage reached,
    Long orderId,
    Long lostReasonId,
    Instant openedAt,
    Instant stageAt,
    long version) {}
