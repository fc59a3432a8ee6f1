package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A product as lists, forms and the API show it. {@code onHand} and {@code soldUnits} are the
 * caller's store's (null for head-office callers, who have no store).
 */
public record ProductView(
    long id,
    String sku,
    String name,
    String nameZh,
    String brand,
    Category category,
    BigDecimal price,
    BigDecimal cost,
    PricingRole pricingRole,
    LifecyclePhase phase,
    LocalDate launchedOn,
    Integer trafficLimit,
    boolean active,
    Integer onHand,
    Integer soldUnits,
    long version) {

  /** The name in the viewer's language: Chinese when asked for and known, else English. */
  public String nameIn(boolean chinese) {
    return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
  }
}
