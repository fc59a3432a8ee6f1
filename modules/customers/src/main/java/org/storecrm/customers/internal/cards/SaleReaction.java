package org.storecrm.customers.internal.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.storecrm.customers.BaseKind;
import org.storecrm.customers.Classification;
import org.storecrm.customers.CustomerPurchases;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.Purchase;
import org.storecrm.customers.PurchaseReturn;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.customers.internal.followups.FollowUpPlan;
import org.storecrm.customers.internal.followups.FollowUpScheduler;
import org.storecrm.customers.internal.membership.PurchaseRecord;
import org.storecrm.customers.internal.membership.TierKeeper;

/**
 * What a completed sale does to the buyer's card, in the sale's own transaction: the products go on
 * the card, the buyer becomes an own-sold owner (a VIP stays VIP), their intent cadence ends, and a
 * post-sale callback is planned when a main product was bought. Called twice for one order, it
 * changes nothing twice. The sales module calls it ({@link CustomerPurchases}) in the order's or
 * the return's transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SaleReaction implements CustomerPurchases {
  @PersistenceContext EntityManager em;
  @Inject FollowUpPlan plan;
  @Inject FollowUpScheduler scheduler;

  @Inject CustomersSettings settings;
  @Inject TierKeeper tiers;

  @Override
  public void recordSale(Purchase sale) {
    if (sale.customerId() == null) {
      return; // an anonymous walk-in: no card to update
    }
    // Locked, not version-checked: two counters selling to one customer at once queue here
    // instead of one sale failing on the card's version (the sale locks the card before its stock,
    // as every sale does, so the order of locks stays the same).
    Customer customer = em.find(Customer.class, sale.customerId(), LockModeType.PESSIMISTIC_WRITE);
    if (customer == null || customer.storeId() != sale.storeId()) {
      throw new IllegalStateException(
          "Sale " + sale.orderId() + " names customer " + sale.customerId() + " of another store");
    }
    boolean recorded =
        !em.createQuery(
                "select p.id from OwnedProductRecord p"
                    + " where p.customerId = :customer and p.orderId = :order",
                Long.class)
            .setParameter("customer", customer.id())
            .setParameter("order", sale.orderId())
            .setMaxResults(1)
            // Only this reaction writes the order's products: the sale's rows need no flush yet.
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList()
            .isEmpty();
    if (recorded) {
      return;
    }
    for (Purchase.Item item : sale.items()) {
      em.persist(
          new OwnedProductRecord(
              customer.id(),
              sale.orderId(),
              item.productId(),
              item.sku(),
              item.name(),
              item.category(),
              item.quantity(),
              sale.soldAt(),
              true));
    }
    customer.recordPurchase(sale.revenue(), sale.margin(), sale.soldAt());
    // The same spend, dated, for the membership tier's rolling window; the tier follows the sale.
    PurchaseRecord purchase =
        new PurchaseRecord(customer, sale.orderId(), sale.soldAt(), sale.revenue());
    em.persist(purchase);
    tiers.place(customer, purchase);
    String reason = "order " + sale.orderId();
    if (customer.grade() != null) {
      em.persist(
          new CustomerChange(
              customer.id(), sale.soldAt(), "sale", "grade", customer.grade(), null, reason));
      customer.regrade(null);
      scheduler.cancelGradeFollowUp(customer);
    }
    if (customer.baseKind() == BaseKind.LOST) {
      LostSale.markWonBack(em, customer.id(), sale.soldAt());
    }
    Classification level =
        customer.classification() == Classification.VIP ? Classification.VIP : Classification.BASE;
    if (level != customer.classification() || customer.baseKind() != BaseKind.OWN_SOLD_OWNER) {
      em.persist(
          new CustomerChange(
              customer.id(),
              sale.soldAt(),
              "sale",
              "classification",
              customer.classificationLabel(),
              level + "/" + BaseKind.OWN_SOLD_OWNER,
              reason));
      customer.reclassify(level, BaseKind.OWN_SOLD_OWNER);
    }
    if (customer.lastContactAt() == null || sale.soldAt().isAfter(customer.lastContactAt())) {
      customer.contactedAt(sale.soldAt());
    }
    boolean mainProduct =
        sale.items().stream()
            .anyMatch(item -> settings.postSaleCategories().contains(item.category()));
    if (mainProduct) {
      scheduler.openOnce(
          customer,
          FollowUpReason.POST_SALE,
          plan.postSaleCallbackDue(sale.soldAt()),
          "SALE:" + sale.orderId(),
          sale.consultantId()); // the post-sale score rates the sale's consultant
    }
    // No flush: the sale flushes its rows and these together, just before it takes the stock.
  }

  /**
   * A return takes its refund and margin off the customer's lifetime value (the purchase still
   * counts as a visit that bought). Each return is its own call, so there is nothing to dedupe.
   */
  @Override
  public void recordReturn(PurchaseReturn returned) {
    if (returned.customerId() == null) {
      return;
    }
    Customer customer =
        em.find(Customer.class, returned.customerId(), LockModeType.PESSIMISTIC_WRITE);
    if (customer == null || customer.storeId() != returned.storeId()) {
      throw new IllegalStateException(
          "Return of order " + returned.orderId() + " names a customer of another store");
    }
    customer.recordReturn(returned.revenue(), returned.margin());
    // The refund comes off the order's dated purchase (or, for an order sold before the tiers, off
    // the carried-over total), and the tier follows.
    em.createQuery(
            "select p from PurchaseRecord p where p.customerId = :customer"
                + " and (p.orderId = :order or p.orderId is null)",
            PurchaseRecord.class)
        .setParameter("customer", customer.id())
        .setParameter("order", returned.orderId())
        .getResultStream()
        .min(java.util.Comparator.comparing(p -> p.orderId() == null)) // the order's own row first
        .ifPresent(p -> p.takeBack(returned.revenue()));
    em.flush();
    tiers.place(customer, null);
    em.flush();
  }
}
