package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of the opportunity list: the opportunity with its customer's name. */
public record OpportunitySummary(
    long id,
    long storeId,
    long customerId,
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
