package org.storecrm.sales.internal.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.CustomerRetention;
import org.storecrm.sales.RetentionMonth;

/**
 * Two grouped queries over the store's orders (by store and day, then by customer): when each of
 * last year's buyers first came back this year, and which of each month's buyers had bought in the
 * year before. Months are the store's calendar.
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class RetentionService implements CustomerRetention {
  /** An order counts as a purchase unless it was returned whole. */
  private static final String PURCHASE =
      " customer_id IS NOT NULL AND status <> 'RETURNED' AND store_id = ?1";

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject Clock clock;

  @Override
  public List<RetentionMonth> byMonth(int year, Long storeId) {
    long store = scope.storeForNewRecord(storeId, "report");
    YearMonth current = YearMonth.now(clock);
    int lastMonth =
        year < current.getYear() ? 12 : year == current.getYear() ? current.getMonthValue() : 0;
    Map<Integer, Long> cameBack = new HashMap<>();
    long lastYearBuyers = 0;
    for (Object row :
        em.createNativeQuery(
                // The month is computed below the grouping: H2 does not match a grouped
                // expression that holds a parameter.
                "SELECT month_of_year, COUNT(*) FROM ("
                    + " SELECT EXTRACT(MONTH FROM again AT TIME ZONE ?2) AS month_of_year FROM ("
                    + "  SELECT base.customer_id, MIN(o.sold_at) AS again FROM ("
                    + "   SELECT DISTINCT customer_id FROM sal_order WHERE"
                    + PURCHASE
                    + "   AND sold_at >= ?3 AND sold_at < ?4) base"
                    + "  LEFT JOIN sal_order o ON o.customer_id = base.customer_id"
                    + "   AND o.store_id = ?1 AND o.status <> 'RETURNED'"
                    + "   AND o.sold_at >= ?4 AND o.sold_at < ?5"
                    + "  GROUP BY base.customer_id) first_again"
                    + ") months GROUP BY month_of_year")
            .setParameter(1, store)
            .setParameter(2, clock.getZone().getId())
            .setParameter(3, start(LocalDate.of(year - 1, 1, 1)))
            .setParameter(4, start(LocalDate.of(year, 1, 1)))
            .setParameter(5, start(LocalDate.of(year + 1, 1, 1)))
            .getResultList()) {
      Object[] cells = (Object[]) row;
      long count = ((Number) cells[1]).longValue();
      lastYearBuyers += count;
      if (cells[0] != null) {
        cameBack.merge(((Number) cells[0]).intValue(), count, Long::sum);
      }
    }
    Map<Integer, long[]> monthBuyers = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT month_of_year, COUNT(*), SUM(came_back) FROM ("
                    + " SELECT b.month_of_year, CASE WHEN EXISTS (SELECT 1 FROM sal_order p WHERE"
                    + "  p.customer_id = b.customer_id AND p.store_id = ?1"
                    + "  AND p.status <> 'RETURNED' AND p.sold_at < b.first_at"
                    + "  AND p.sold_at >= b.first_at - INTERVAL '365' DAY) THEN 1 ELSE 0 END"
                    + "  AS came_back FROM ("
                    + "  SELECT month_of_year, customer_id, MIN(sold_at) AS first_at FROM ("
                    + "   SELECT EXTRACT(MONTH FROM sold_at AT TIME ZONE ?2) AS month_of_year,"
                    + "    customer_id, sold_at FROM sal_order WHERE"
                    + PURCHASE
                    + "   AND sold_at >= ?3 AND sold_at < ?4) orders"
                    + "  GROUP BY month_of_year, customer_id) b"
                    + ") buyers GROUP BY month_of_year")
            .setParameter(1, store)
            .setParameter(2, clock.getZone().getId())
            .setParameter(3, start(LocalDate.of(year, 1, 1)))
            .setParameter(4, start(LocalDate.of(year + 1, 1, 1)))
            .getResultList()) {
      Object[] cells = (Object[]) row;
      monthBuyers.put(
          ((Number) cells[0]).intValue(),
          new long[] {((Number) cells[1]).longValue(), ((Number) cells[2]).longValue()});
    }
    List<RetentionMonth> months = new ArrayList<>();
    long retained = 0;
    for (int month = 1; month <= lastMonth; month++) {
      retained += cameBack.getOrDefault(month, 0L);
      long[] buyers = monthBuyers.getOrDefault(month, new long[2]);
      months.add(
          new RetentionMonth(
              YearMonth.of(year, month),
              lastYearBuyers,
              retained,
              SalesFigures.rate(retained, lastYearBuyers),
              buyers[0],
              buyers[1],
              SalesFigures.rate(buyers[1], buyers[0])));
    }
    return months;
  }

  /** An offset date-time: the PostgreSQL driver binds no Instant in a native query. */
  private OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
  }
}
