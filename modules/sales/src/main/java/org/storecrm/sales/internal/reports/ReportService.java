package org.storecrm.sales.internal.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.storecrm.customers.ConsultantActivity;
import org.storecrm.customers.CustomerReports;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.UserView;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.DailyActivityRow;
import org.storecrm.sales.PenetrationFigure;
import org.storecrm.sales.PerformanceRow;
import org.storecrm.sales.SalesReports;
import org.storecrm.sales.TargetActualRow;
import org.storecrm.sales.internal.CommissionSchedule;
import org.storecrm.sales.internal.checkout.LinePricing;
import org.storecrm.sales.internal.targets.SalesTarget;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class ReportService implements SalesReports {
  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject StaffDirectory staff;
  @Inject CustomerReports customerReports;
  @Inject Clock clock;
  @Inject org.storecrm.sales.SalesFigures attachFigures;

  @Override
  public List<TargetActualRow> targetVsActual(YearMonth month, Long storeId) {
    long store = scope.storeForNewRecord(storeId, "report");
    Map<Long, SalesFigures.Seller> figures =
        monthFigures(store, start(month.atDay(1)), start(month.plusMonths(1).atDay(1)));
    Map<Long, ConsultantActivity> activity =
        byConsultant(
            customerReports.consultantActivity(store, month.atDay(1), month.atEndOfMonth()));
    Map<Long, SalesTarget> targets = new HashMap<>();
    for (SalesTarget t :
        em.createQuery(
                "select t from SalesTarget t where t.storeId = :store and t.month = :month",
                SalesTarget.class)
            .setParameter("store", store)
            .setParameter("month", month.toString())
            .getResultList()) {
      targets.put(t.subjectKey(), t);
    }
    TreeSet<Long> consultants = new TreeSet<>(figures.keySet());
    targets.keySet().stream().filter(k -> k != 0).forEach(consultants::add);
    activity.values().stream()
        .filter(a -> a.newLeads() > 0)
        .forEach(a -> consultants.add(a.consultantId()));
    Map<Long, String> names = names(store);

    SalesFigures.Seller storeFigures = new SalesFigures.Seller(0);
    figures.values().forEach(storeFigures::add);
    long storeLeads = activity.values().stream().mapToLong(ConsultantActivity::newLeads).sum();
    List<TargetActualRow> rows = new ArrayList<>();
    rows.add(row(null, null, targets.get(0L), storeFigures, storeLeads));
    for (long id : consultants) {
      ConsultantActivity a = activity.get(id);
      rows.add(
          row(
              id,
              names.getOrDefault(id, "#" + id),
              targets.get(id),
              figures.getOrDefault(id, new SalesFigures.Seller(id)),
              a == null ? 0 : a.newLeads()));
    }
    return rows;
  }

  private static TargetActualRow row(
      Long consultantId, String name, SalesTarget target, SalesFigures.Seller s, long newLeads) {
    BigDecimal revenue = s.netRevenue();
    return new TargetActualRow(
        consultantId,
        name,
        target == null ? null : target.revenue(),
        revenue,
        target == null ? null : CommissionSchedule.attainment(revenue, target.revenue()),
        target == null ? null : target.units(),
        s.netUnits(),
        target == null ? null : target.newLeads(),
        newLeads,
        target == null ? null : target.attachRate(),
        s.attachRate(),
        target == null ? null : target.serviceCards(),
        s.netServiceCards());
  }

  @Override
  public List<DailyActivityRow> dailyActivity(LocalDate day, Long storeId) {
    long store = scope.storeForNewRecord(storeId, "report");
    Map<Long, SalesFigures.Seller> figures =
        SalesFigures.of(em, store, null, start(day), start(day.plusDays(1)));
    Map<Long, ConsultantActivity> activity =
        byConsultant(customerReports.consultantActivity(store, day, day));
    TreeSet<Long> consultants = new TreeSet<>(figures.keySet());
    activity.values().stream()
        .filter(a -> a.newLeads() + a.contacts() + a.followUpsDone() + a.appointmentsBooked() > 0)
        .forEach(a -> consultants.add(a.consultantId()));
    Map<Long, String> names = names(store);
    List<DailyActivityRow> rows = new ArrayList<>();
    for (long id : consultants) {
      SalesFigures.Seller s = figures.getOrDefault(id, new SalesFigures.Seller(id));
      ConsultantActivity a = activity.getOrDefault(id, ConsultantActivity.none(id));
      rows.add(
          new DailyActivityRow(
              id,
              names.getOrDefault(id, "#" + id),
              s.orders,
              s.netRevenue(),
              s.netMargin(),
              LinePricing.money(s.refunds),
              s.netUnits(),
              a.newLeads(),
              a.contacts(),
              a.visits(),
              a.phoneIns(),
              a.calls(),
              a.followUpsDone(),
              a.appointmentsBooked()));
    }
    return rows;
  }

  @Override
  public List<PerformanceRow> performance(YearMonth month, Long storeId) {
    long store = scope.storeForNewRecord(storeId, "report");
    Instant from = start(month.atDay(1));
    Instant to = start(month.plusMonths(1).atDay(1));
    Map<Long, SalesFigures.Seller> figures = monthFigures(store, from, to);
    Map<Long, ConsultantActivity> activity =
        byConsultant(
            customerReports.consultantActivity(store, month.atDay(1), month.atEndOfMonth()));
    Map<Long, Long> deliveries = new HashMap<>();
    for (Object[] row :
        SalesFigures.rows(
            em,
            "SELECT consultant_id, COUNT(*) FROM sal_opportunity WHERE store_id = ?1"
                + " AND stage = 'DELIVERED' AND stage_at >= ?2 AND stage_at < ?3"
                + " GROUP BY consultant_id",
            store,
            from,
            to)) {
      deliveries.put(SalesFigures.number(row[0]), SalesFigures.number(row[1]));
    }
    Map<Long, PenetrationFigure> plans = new HashMap<>();
    attachFigures.penetration(List.of(from, to), store).forEach(p -> plans.put(p.sellerId(), p));
    TreeSet<Long> consultants = new TreeSet<>(figures.keySet());
    consultants.addAll(activity.keySet());
    consultants.addAll(deliveries.keySet());
    consultants.addAll(plans.keySet());
    Map<Long, String> names = names(store);
    List<PerformanceRow> rows = new ArrayList<>();
    for (long id : consultants) {
      SalesFigures.Seller s = figures.getOrDefault(id, new SalesFigures.Seller(id));
      ConsultantActivity a = activity.getOrDefault(id, ConsultantActivity.none(id));
      PenetrationFigure p = plans.getOrDefault(id, new PenetrationFigure(store, id, 0, 0, 0));
      rows.add(
          new PerformanceRow(
              id,
              names.getOrDefault(id, "#" + id),
              a.intentHeld(),
              a.ownersHeld(),
              a.newLeads(),
              a.registrationRate(),
              a.followUpsDone(),
              a.appointmentsBooked(),
              a.calls(),
              a.visits(),
              s.orders,
              s.deposits,
              deliveries.getOrDefault(id, 0L),
              s.netServiceCards(),
              s.netRevenue(),
              s.netMargin(),
              s.attachRate(),
              p.eligibleDevices(),
              p.devicesWithPlan(),
              PenetrationFigure.rate(p.devicesWithPlan(), p.eligibleDevices())));
    }
    return rows;
  }

  /** The sellers' sales of a month, with the attach counts of the attach KPIs (rolled up). */
  private Map<Long, SalesFigures.Seller> monthFigures(long store, Instant from, Instant to) {
    Map<Long, SalesFigures.Seller> figures = SalesFigures.of(em, store, null, from, to);
    SalesFigures.addAttach(figures, attachFigures.attach(List.of(from, to), store));
    return figures;
  }

  private Instant start(LocalDate day) {
    return day.atStartOfDay(clock.getZone()).toInstant();
  }

  private static Map<Long, ConsultantActivity> byConsultant(List<ConsultantActivity> list) {
    Map<Long, ConsultantActivity> map = new HashMap<>();
    list.forEach(a -> map.put(a.consultantId(), a));
    return map;
  }

  /** The store's staff by id (a store has tens of people: a few pages at most). */
  Map<Long, String> names(long storeId) {
    return staffNames(staff, storeId);
  }

  static Map<Long, String> staffNames(StaffDirectory staff, long storeId) {
    Map<Long, String> names = new HashMap<>();
    for (int page = 0; page < 10; page++) {
      List<UserView> users =
          staff
              .find(
                  new UserFilter(null, null, storeId, null),
                  new PageRequest(page, PageRequest.MAX_SIZE, "username", true))
              .items();
      users.forEach(u -> names.put(u.id(), u.fullName()));
      if (users.size() < PageRequest.MAX_SIZE) {
        break;
      }
    }
    return names;
  }
}
