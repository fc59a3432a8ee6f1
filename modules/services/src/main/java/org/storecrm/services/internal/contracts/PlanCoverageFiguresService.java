package org.storecrm.services.internal.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storecrm.platform.SqlPeriods;
import org.storecrm.sales.Category;
import org.storecrm.sales.PlanCoverageFigures;

/**
 * The plans' side of the service-card penetration, for sales' {@code SalesFigures.penetration}
 * (which checks the caller's role and store first): the categories the active plans are sold with,
 * and the devices covered by plans sold per store, seller and period, in one grouped query over the
 * contracts (one row per covered device, carrying the sale's store, seller and time).
 */
@ApplicationScoped
public class PlanCoverageFiguresService implements PlanCoverageFigures {
  @PersistenceContext EntityManager em;

  @Override
  public Set<Category> eligibleCategories() {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    em.createQuery(
            "select p from ServicePlanRecord p where p.status = 'ACTIVE'", ServicePlanRecord.class)
        .getResultList()
        .forEach(p -> categories.addAll(p.categories()));
    return categories;
  }

  @Override
  public List<CoveredDevices> coveredDevices(List<Instant> boundaries, Optional<Long> store) {
    int periods = boundaries.size() - 1;
    Query query = em.createNativeQuery(coveredSql(periods, store.isPresent()));
    SqlPeriods.bind(query, boundaries, store);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new CoveredDevices(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /**
   * Contracts still ACTIVE (a returned plan CANCELLED them, a returned device ENDED them; a term
   * that ran out leaves them ACTIVE, the device was still sold with a plan) sold in the range, per
   * store, seller and period; folded in a derived table so the period is grouped as a column.
   * Parameters: the range's start and end, the store (one store only), then the inner boundaries.
   */
  static String coveredSql(int periods, boolean oneStore) {
    int firstInner = SqlPeriods.firstBoundary(oneStore);
    String period = SqlPeriods.number("c.sold_at", firstInner, periods);
    return "SELECT d.store_id, d.seller_id, d.period, COUNT(*) FROM"
        + " (SELECT c.store_id, c.seller_id, "
        + period
        + " AS period FROM svc_contract c"
        + " WHERE c.sold_at >= ?1 AND c.sold_at < ?2"
        + (oneStore ? " AND c.store_id = ?3" : "")
        + " AND c.status = 'ACTIVE' AND c.seller_id IS NOT NULL) d"
        + " GROUP BY d.store_id, d.seller_id, d.period";
  }
}
