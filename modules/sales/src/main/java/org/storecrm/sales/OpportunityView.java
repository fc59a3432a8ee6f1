package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An opportunity with its stage; {@code reached} is the furthest stage before any loss. It is a
 * customer's ({@code customerId}) or a business account's ({@code accountId}).
 */
public record OpportunityView(
    long id,
    long storeId,
    Long customerId,
    Long accountId,
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
