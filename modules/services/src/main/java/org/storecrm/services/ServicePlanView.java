package org.storecrm.services;

import java.math.BigDecimal;
import java.util.List;
import org.storecrm.sales.Category;

/**
 * A service plan with its catalogue product's price and cost.
 *
 * @param termMonths null for a lifetime plan ({@code lifetime} true)
 */
public record ServicePlanView(
    long id,
    String code,
    String name,
    String nameZh,
    CoverageKind coverage,
    boolean onSite,
    Integer termMonths,
    boolean lifetime,
    int deviceLimit,
    List<Category> eligibleCategories,
    BigDecimal price,
    BigDecimal cost,
    long productId,
    String sku,
    boolean active,
    long version) {

  public String nameIn(boolean chinese) {
    return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
  }

  public boolean covers(Category category) {
    return eligibleCategories.contains(category);
  }
}
