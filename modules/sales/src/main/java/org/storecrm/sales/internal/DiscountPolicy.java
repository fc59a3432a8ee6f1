package org.storecrm.sales.internal;

import java.math.BigDecimal;

/**
 * Who may give how much off the list price: a consultant up to their limit, a store manager (as the
 * seller or approving on the spot) up to the manager limit, nobody beyond that.
 */
public record DiscountPolicy(BigDecimal consultantLimit, BigDecimal managerLimit) {
  public enum Verdict {
    ALLOWED,
    NEEDS_MANAGER,
    BEYOND_LIMIT
  }

  public DiscountPolicy {
    if (consultantLimit.compareTo(managerLimit) > 0) {
      throw new IllegalArgumentException("the manager's limit cannot be below the consultant's");
    }
  }

  public Verdict judge(BigDecimal discountPercent, boolean managerAuthority) {
    if (discountPercent.compareTo(consultantLimit) <= 0) {
      return Verdict.ALLOWED;
    }
    if (discountPercent.compareTo(managerLimit) > 0) {
      return Verdict.BEYOND_LIMIT;
    }
    return managerAuthority ? Verdict.ALLOWED : Verdict.NEEDS_MANAGER;
  }
}
