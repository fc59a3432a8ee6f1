package org.storecrm.customers;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The demo customers of a store for other modules' demo data, which seeds without a caller and so
 * cannot use the {@link CustomerDirectory} (it is for signed-in staff). The SQL on customers'
 * tables stays in customers.
 */
public final class DemoCustomers {
  private DemoCustomers() {}

  /**
   * A demo customer as other modules' demo data picks them.
   *
   * @param grade the intent grade, null when none
   * @param lostReasonId the reason of their lost sale, when the demo lost them
   */
  public record DemoCustomer(
      long id, String source, BaseKind baseKind, IntentGrade grade, Long lostReasonId) {}

  /** The store's customers in the order they were registered. */
  public static List<DemoCustomer> ofStore(EntityManager em, long storeId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.id, c.source, c.base_kind, c.grade,"
                    + " (SELECT MIN(l.reason_id) FROM cus_lost_sale l WHERE l.customer_id = c.id)"
                    + " FROM cus_customer c WHERE c.store_id = ?1 ORDER BY c.id")
            .setParameter(1, storeId)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] r = (Object[]) row;
              return new DemoCustomer(
                  ((Number) r[0]).longValue(),
                  (String) r[1],
                  r[2] == null ? null : BaseKind.valueOf((String) r[2]),
                  r[3] == null ? null : IntentGrade.valueOf(r[3].toString()),
                  r[4] == null ? null : ((Number) r[4]).longValue());
            })
        .toList();
  }
}
