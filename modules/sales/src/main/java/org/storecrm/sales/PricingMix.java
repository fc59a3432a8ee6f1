package org.storecrm.sales;

import java.math.BigDecimal;
import java.util.List;

/**
 * The active range's pricing-role mix against the target shares (docs/domain.md, "Catalogue and
 * pricing roles": 15/60/25).
 */
public record PricingMix(long products, List<Share> shares) {
  /** One role: how many products, their share of the range and the target share, in percent. */
  public record Share(PricingRole role, long products, BigDecimal percent, BigDecimal target) {}
}
