package org.storecrm.customers.internal.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.customers.internal.TierLadder;
import org.storecrm.customers.internal.cards.Customer;

/**
 * Keeps one customer's membership tier as their sales and returns come in, inside the sale's
 * transaction (the customer is already locked by the sale): the window's spend and purchases are
 * summed from the customer's dated purchases, the tier placed by the ladder, and a change recorded
 * for the report.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TierKeeper {
  @PersistenceContext EntityManager em;
  @Inject CustomersSettings settings;
  @Inject Clock clock;

  /** The window's spend and purchases of one customer. */
  record Window(Instant from, BigDecimal spend, int purchases) {}

  /**
   * The customer's spend and purchases in the window ending now, as committed plus {@code
   * unflushed} (a purchase persisted in this transaction and not yet written; may be null).
   */
  Window window(long customerId, PurchaseRecord unflushed) {
    Instant from =
        TierLadder.windowFrom(clock.instant(), clock.getZone(), settings.tierWindowMonths());
    Object[] sums =
        em.createQuery(
                "select sum(p.revenue), sum(p.purchases) from PurchaseRecord p"
                    + " where p.customerId = :customer and p.soldAt >= :from",
                Object[].class)
            .setParameter("customer", customerId)
            .setParameter("from", from)
            // The sale flushes its rows together later (see SaleReaction): the new purchase is
            // added
            // here instead.
            .setFlushMode(FlushModeType.COMMIT)
            .getSingleResult();
    BigDecimal spend = sums[0] == null ? BigDecimal.ZERO : new BigDecimal(sums[0].toString());
    int purchases = sums[1] == null ? 0 : ((Number) sums[1]).intValue();
    if (unflushed != null && !unflushed.soldAt().isBefore(from)) {
      spend = spend.add(unflushed.revenue());
      purchases += unflushed.purchases();
    }
    return new Window(from, spend.setScale(2, java.math.RoundingMode.HALF_UP), purchases);
  }

  /** Places the customer in the tier their window reaches; records a change. */
  public void place(Customer customer, PurchaseRecord unflushed) {
    TierLadder ladder = settings.tiers();
    Window window = window(customer.id(), unflushed);
    String tier = ladder.tierFor(window.spend(), window.purchases()).key();
    if (!tier.equals(customer.tier())) {
      em.persist(
          new TierChange(
              customer,
              customer.tier(),
              tier,
              ladder.rank(tier) > ladder.rank(customer.tier()),
              clock.instant()));
      customer.moveToTier(tier);
    }
  }
}
