package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the opportunity list: the opportunity with its customer's name, or its business
 * account's ({@code customerId} null, {@code accountId} set).
 */
public record OpportunitySummary(
    long id,
    long storeId,
    Long customerId,
    Long accountId,
    String customerName,
    long consultantId,
    Category category,
    BigDecimal budget,
    LocalDate expectedClose,
    Stage stage,
    Stage reached,
    Instant openedAt,
    Instant stageAt,
    long version) {

  /** The stage one click moves it to; null once delivered or lost. */
  public Stage nextStage() {
    return stage.next();
  }
}
