package org.storecrm.sales.internal.targets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.UserView;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.CommissionStatement;
import org.storecrm.sales.Commissions;
import org.storecrm.sales.internal.CommissionSchedule;
import org.storecrm.sales.internal.SalesSettings;
import org.storecrm.sales.internal.checkout.LinePricing;
import org.storecrm.sales.internal.reports.SalesFigures;

/**
 * Commission is not stored: it is computed from the month's net revenue whenever it is read. Net
 * revenue is what the seller's orders sold in the month less the refunds of returns made in the
 * month on the seller's orders, so a return reverses its commission by itself, in the month it
 * happens, at that month's rate; a month that has ended never changes afterwards. See {@link
 * CommissionSchedule} for how the tiers apply.
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class CommissionService implements Commissions {
  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject StaffDirectory staff;
  @Inject SalesSettings settings;
  @Inject Clock clock;

  @Override
  public CommissionStatement mine(YearMonth month) {
    long me = user.userId().orElseThrow(() -> new IllegalStateException("no staff record"));
    long store = scope.storeForNewRecord(null, "commission statement");
    SalesFigures.Seller figures =
        SalesFigures.of(em, store, me, start(month), start(month.plusMonths(1)))
            .getOrDefault(me, new SalesFigures.Seller(me));
    return statement(
        month,
        figures,
        user.username(),
        user.role().orElse(Role.CONSULTANT),
        targets(store, month).get(me));
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public List<CommissionStatement> store(YearMonth month, Long storeId) {
    long store = scope.storeForNewRecord(storeId, "report");
    Map<Long, SalesFigures.Seller> figures =
        SalesFigures.of(em, store, null, start(month), start(month.plusMonths(1)));
    Map<Long, BigDecimal> targets = targets(store, month);
    Map<Long, UserView> people = new HashMap<>();
    for (UserView u :
        staff
            .find(
                new UserFilter(null, null, store, null),
                new PageRequest(0, PageRequest.MAX_SIZE, "username", true))
            .items()) {
      people.put(u.id(), u);
    }
    TreeSet<Long> sellers = new TreeSet<>(figures.keySet());
    sellers.addAll(targets.keySet());
    List<CommissionStatement> statements = new ArrayList<>();
    for (long id : sellers) {
      UserView person = people.get(id);
      statements.add(
          statement(
              month,
              figures.getOrDefault(id, new SalesFigures.Seller(id)),
              person == null ? "#" + id : person.fullName(),
              person == null ? Role.CONSULTANT : person.role(),
              targets.get(id)));
    }
    return statements;
  }

  private CommissionStatement statement(
      YearMonth month, SalesFigures.Seller s, String name, Role role, BigDecimal target) {
    CommissionSchedule schedule = settings.commissionSchedule(role);
    BigDecimal net = s.netRevenue();
    return new CommissionStatement(
        s.sellerId(),
        name,
        month.toString(),
        LinePricing.money(s.sold()),
        LinePricing.money(s.refunds()),
        net,
        target,
        CommissionSchedule.attainment(net, target),
        schedule.name(),
        schedule.rate(net, target),
        schedule.commission(net, target));
  }

  /** The month's revenue targets of the store's sellers, by seller id. */
  private Map<Long, BigDecimal> targets(long store, YearMonth month) {
    Map<Long, BigDecimal> targets = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t.consultantId, t.revenue from SalesTarget t where t.storeId = :store"
                    + " and t.month = :month and t.consultantId is not null",
                Object[].class)
            .setParameter("store", store)
            .setParameter("month", month.toString())
            .getResultList()) {
      targets.put((Long) row[0], (BigDecimal) row[1]);
    }
    return targets;
  }

  private Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
  }
}
