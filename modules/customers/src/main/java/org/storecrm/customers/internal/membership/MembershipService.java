package org.storecrm.customers.internal.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storecrm.customers.MembershipStatus;
import org.storecrm.customers.Memberships;
import org.storecrm.customers.TierReport;
import org.storecrm.customers.TierRow;
import org.storecrm.customers.TierSweepReport;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.customers.internal.TierLadder;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;

/** Membership tiers: a customer's status, the tier report, the sweep on demand. */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class MembershipService implements Memberships {
  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject Clock clock;
  @Inject CustomersSettings settings;
  @Inject TierKeeper keeper;
  @EJB TierSweepTimer sweepTimer;

  @Override
  public List<String> tiers() {
    return settings.tiers().tiers().stream().map(TierLadder.Tier::key).toList();
  }

  @Override
  public MembershipStatus status(long customerId) {
    Customer customer = Customer.visible(em, scope, customerId);
    TierLadder ladder = settings.tiers();
    TierKeeper.Window window = keeper.window(customer.id(), null);
    TierLadder.Tier tier = ladder.tier(customer.tier());
    Optional<TierLadder.Tier> next = ladder.above(tier);
    return new MembershipStatus(
        customer.id(),
        tier.key(),
        window.from(),
        window.spend(),
        window.purchases(),
        tier.contactDays(),
        next.map(TierLadder.Tier::key).orElse(null),
        next.map(t -> TierLadder.spendMissing(t, window.spend())).orElse(null),
        next.map(t -> TierLadder.purchasesMissing(t, window.purchases())).orElse(null));
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public TierReport report(Long storeId) {
    Optional<Long> own = scope.limitedTo();
    if (storeId != null) {
      scope.checkVisible(storeId, "Store", storeId); // another store's figures are not found
    }
    Long store = own.orElse(storeId);
    Instant now = clock.instant();
    TierLadder ladder = settings.tiers();
    Instant windowFrom = TierLadder.windowFrom(now, clock.getZone(), settings.tierWindowMonths());
    LocalDate monthFrom = LocalDate.ofInstant(now, clock.getZone()).withDayOfMonth(1);
    OffsetDateTime monthStart =
        monthFrom
            .atStartOfDay(clock.getZone())
            .toOffsetDateTime()
            .withOffsetSameInstant(ZoneOffset.UTC);
    String inStore = store == null ? "" : " AND store_id = ?2";
    Map<String, long[]> counts = new HashMap<>(); // members, moved up, moved down
    Map<String, BigDecimal> spend = new HashMap<>();
    for (Object[] row :
        store == null
            ? rows("SELECT tier, COUNT(*) FROM cus_customer GROUP BY tier")
            : rows(
                "SELECT tier, COUNT(*) FROM cus_customer WHERE store_id = ?1 GROUP BY tier",
                store)) {
      counts.computeIfAbsent(ladder.tier((String) row[0]).key(), k -> new long[3])[0] +=
          ((Number) row[1]).longValue();
    }
    for (Object[] row :
        rows(
            "SELECT c.tier, SUM(p.revenue) FROM cus_purchase p JOIN cus_customer c"
                + " ON c.id = p.customer_id WHERE p.sold_at >= ?1"
                + (store == null ? "" : " AND p.store_id = ?2")
                + " GROUP BY c.tier",
            params(windowFrom.atOffset(ZoneOffset.UTC), store))) {
      spend.merge(ladder.tier((String) row[0]).key(), money(row[1]), BigDecimal::add);
    }
    for (Object[] row :
        rows(
            "SELECT to_tier, SUM(CASE WHEN moved_up THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN moved_up THEN 0 ELSE 1 END) FROM cus_tier_change"
                + " WHERE changed_at >= ?1"
                + inStore
                + " GROUP BY to_tier",
            params(monthStart, store))) {
      long[] c = counts.computeIfAbsent(ladder.tier((String) row[0]).key(), k -> new long[3]);
      c[1] += ((Number) row[1]).longValue();
      c[2] += ((Number) row[2]).longValue();
    }
    List<TierRow> tiers = new ArrayList<>();
    for (TierLadder.Tier tier : ladder.tiers()) {
      long[] c = counts.getOrDefault(tier.key(), new long[3]);
      tiers.add(
          new TierRow(
              tier.key(),
              c[0],
              spend.getOrDefault(tier.key(), BigDecimal.ZERO.setScale(2)),
              c[1],
              c[2]));
    }
    return new TierReport(store, windowFrom, monthFrom, tiers);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public TierSweepReport runSweep() {
    return sweepTimer.runNow();
  }

  private static Object[] params(Object from, Long store) {
    return store == null ? new Object[] {from} : new Object[] {from, store};
  }

  private List<Object[]> rows(String sql, Object... params) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add((Object[]) row);
    }
    return rows;
  }

  private static BigDecimal money(Object value) {
    return value == null
        ? BigDecimal.ZERO.setScale(2)
        : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
  }
}
