package org.storecrm.sales;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service-plan side of the service-card penetration, supplied by the module that keeps the
 * plans and their contracts (services implements it as a CDI bean; sales collects it with {@code
 * Instance<…>}): which device categories a plan can be sold with, and how many devices sold in each
 * period got a plan. Sales counts the eligible devices from its own order lines and derives the
 * rate ({@link SalesFigures#penetration}). Called only after sales checked the caller's role and
 * store, so implementations check neither.
 */
public interface PlanCoverageFigures {
  /** The main categories some active plan is sold with. */
  Set<Category> eligibleCategories();

  /**
   * The devices covered by a plan sold in each period and still kept (neither the plan nor the
   * device returned), per store, seller and period; {@code boundaries} as in {@link
   * SalesFigures#attach}; {@code store} empty for every store.
   */
  List<CoveredDevices> coveredDevices(List<Instant> boundaries, Optional<Long> store);

  /** Devices sold with a plan by one seller in one store and period. */
  record CoveredDevices(long storeId, long sellerId, int period, long devices) {}
}
