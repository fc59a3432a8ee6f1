package org.storecrm.sales.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stock changes as guarded SQL updates in the caller's transaction. Taking stock is one statement
 * that succeeds only while enough is on hand (and, for traffic products, while the store's limit
 * allows: the units sold since a manager last set the limit), so that of two counters selling the
 * last unit at once exactly one succeeds: the database serialises the two updates of the row and
 * the second finds the guard false.
 */
@ApplicationScoped
public class StockLedger {
  @PersistenceContext EntityManager em;

  /** Why taking stock failed. */
  public enum Shortage {
    NONE,
    OUT_OF_STOCK,
    TRAFFIC_LIMIT
  }

  public Shortage take(long productId, long storeId, int quantity, Integer trafficLimit) {
    int updated =
        trafficLimit == null
            ? em.createNativeQuery(
                    "UPDATE sal_stock SET on_hand = on_hand - ?1, sold_units = sold_units + ?2,"
                        + " limit_sold = limit_sold + ?2"
                        + " WHERE product_id = ?3 AND store_id = ?4 AND on_hand >= ?5")
                .setParameter(1, quantity)
                .setParameter(2, quantity)
                .setParameter(3, productId)
                .setParameter(4, storeId)
                .setParameter(5, quantity)
                .executeUpdate()
            : em.createNativeQuery(
                    "UPDATE sal_stock SET on_hand = on_hand - ?1, sold_units = sold_units + ?2,"
                        + " limit_sold = limit_sold + ?2"
                        + " WHERE product_id = ?3 AND store_id = ?4 AND on_hand >= ?5"
                        + " AND limit_sold + ?6 <= ?7")
                .setParameter(1, quantity)
                .setParameter(2, quantity)
                .setParameter(3, productId)
                .setParameter(4, storeId)
                .setParameter(5, quantity)
                .setParameter(6, quantity)
                .setParameter(7, trafficLimit)
                .executeUpdate();
    if (updated == 1) {
      return Shortage.NONE;
    }
    List<?> row =
        em.createNativeQuery(
                "SELECT on_hand FROM sal_stock WHERE product_id = ?1 AND store_id = ?2")
            .setParameter(1, productId)
            .setParameter(2, storeId)
            .getResultList();
    boolean enoughOnHand = !row.isEmpty() && ((Number) row.get(0)).intValue() >= quantity;
    return enoughOnHand && trafficLimit != null ? Shortage.TRAFFIC_LIMIT : Shortage.OUT_OF_STOCK;
  }

  /** Puts returned units back on the shelf (and off the sold count). */
  public void putBack(long productId, long storeId, int quantity) {
    int updated =
        em.createNativeQuery(
                "UPDATE sal_stock SET on_hand = on_hand + ?1, sold_units = sold_units - ?2,"
                    + " limit_sold = GREATEST(limit_sold - ?2, 0)"
                    + " WHERE product_id = ?3 AND store_id = ?4")
            .setParameter(1, quantity)
            .setParameter(2, quantity)
            .setParameter(3, productId)
            .setParameter(4, storeId)
            .executeUpdate();
    if (updated == 0) {
      em.persist(new Stock(productId, storeId, quantity));
      em.flush();
    }
  }

  /**
   * Starts a traffic product's limit afresh in every store: the limit counts the units sold since a
   * manager last set it.
   */
  void restartTrafficLimit(long productId) {
    em.createNativeQuery("UPDATE sal_stock SET limit_sold = 0 WHERE product_id = ?1")
        .setParameter(1, productId)
        .executeUpdate();
  }

  /** Sets the counted stock; the first count of a product in a store creates its row. */
  void set(long productId, long storeId, int onHand) {
    int updated =
        em.createNativeQuery(
                "UPDATE sal_stock SET on_hand = ?1 WHERE product_id = ?2 AND store_id = ?3")
            .setParameter(1, onHand)
            .setParameter(2, productId)
            .setParameter(3, storeId)
            .executeUpdate();
    if (updated == 0) {
      em.persist(new Stock(productId, storeId, onHand));
      em.flush();
    }
  }

  /** The stock rows of some products in one store, by product id (one query). */
  Map<Long, Stock> of(Collection<Long> productIds, long storeId) {
    if (productIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select s from Stock s where s.storeId = :store and s.productId in :ids", Stock.class)
        .setParameter("store", storeId)
        .setParameter("ids", productIds)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(s -> s.productId(), Function.identity()));
  }
}
