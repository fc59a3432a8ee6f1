package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A product in its introduction or plateau phase that sold at most the rule's units in the rule's
 * window while stock was on hand: a candidate for clearance. {@code soldUnits} are the units sold
 * (net of returns) in the window, {@code stockValue} the stock on hand at cost. {@code version} is
 * what a move to clearance quotes.
 */
public record SlowSeller(
    long productId,
    String sku,
    String name,
    String nameZh,
    Category category,
    PricingRole pricingRole,
    LifecyclePhase phase,
    BigDecimal price,
    BigDecimal cost,
    LocalDate launchedOn,
    int onHand,
    int soldUnits,
    BigDecimal stockValue,
    long version) {

  /** The name in the viewer's language: Chinese when asked for and known, else English. */
  public String nameIn(boolean chinese) {
    return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
  }
}
