package org.storecrm.sales;

import jakarta.validation.constraints.NotNull;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * Slow sellers entering clearance (docs/domain.md, "Lifecycle sweep and slow sellers": clearance is
 * where slow sellers are cleared fast), for store managers and head office: the products in their
 * introduction or plateau phase that sell too little while stock is on hand, and the one-step move
 * of such a product into its clearance phase.
 */
public interface SlowSellers {
  SlowSellerRule rule();

  /**
   * One grouped query: sortable by {@code soldUnits} (the default: fewest first, then the biggest
   * stock value), {@code stockValue}, {@code onHand}, {@code sku}, {@code name}, {@code
   * launchedOn}. Another store than the caller's own is not found.
   */
  Page<SlowSeller> find(@NotNull SlowSellerFilter filter, @NotNull PageRequest page);

  /**
   * Moves the product into its clearance phase (chain-wide, like any edit of the product), audited;
   * a stale {@code version} is refused, and so is a product already in clearance.
   */
  ProductView moveToClearance(long productId, long version);
}
