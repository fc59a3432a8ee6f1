package org.storecrm.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A valid row of an imported catalogue file as it will be applied: a new product, or an update of
 * the product with that SKU naming the fields that change ({@code changes}, which includes {@code
 * onHand} when the row counts the store's stock anew). {@code active} and {@code onHand} are null
 * when the row leaves them as they are.
 */
public record ImportRow(
    int row,
    ImportAction action,
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
    Boolean active,
    Integer onHand,
    List<String> changes) {
  public ImportRow {
    changes = List.copyOf(changes);
  }

  /** The name in the viewer's language: Chinese when asked for and known, else English. */
  public String nameIn(boolean chinese) {
    return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
  }
}
