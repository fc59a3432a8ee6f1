package org.storecrm.bundles.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.storecrm.bundles.AttachKpis;
import org.storecrm.bundles.AttachReport;
import org.storecrm.bundles.AttachRow;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.UserView;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.AttachFigure;
import org.storecrm.sales.PenetrationFigure;
import org.storecrm.sales.SalesFigures;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class AttachKpiService implements AttachKpis {
  static final int MAX_MONTHS = 24;
  private static final int LOOKUP_BATCH = 1000;

  @Inject SalesFigures figures;
  @Inject StaffDirectory staff;
  @Inject StoreDirectory stores;
  @Inject Clock clock;

  @Override
  public AttachReport report(YearMonth from, YearMonth to, Long storeId) {
    if (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
      throw RuleViolationException.refused(
          "bundles.monthRange",
          "to",
          "The months run from 'from' to 'to', at most " + MAX_MONTHS + " of them",
          Map.of("max", MAX_MONTHS));
    }
    // One set-based query over the whole range, grouped by month in the database (the month
    // boundaries are the store's local midnight).
    List<YearMonth> monthList = new ArrayList<>();
    List<Instant> boundaries = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      monthList.add(month);
      boundaries.add(start(month));
    }
    boundaries.add(start(to.plusMonths(1)));
    List<AttachFigure> all = figures.attach(boundaries, storeId);
    Map<YearMonth, List<AttachFigure>> byMonth = new LinkedHashMap<>();
    monthList.forEach(m -> byMonth.put(m, new ArrayList<>()));
    all.forEach(f -> byMonth.get(monthList.get(f.period())).add(f));
    // The service-card penetration over the same months: a second set-based call (the eligible
    // devices from the lines, the devices with a plan from the plans' module).
    List<PenetrationFigure> plans = figures.penetration(boundaries, storeId);
    // The sellers named in the figures, looked up by id (a technician is told apart by role).
    Map<Long, UserView> people = new HashMap<>();
    List<Long> sellers =
        Stream.concat(
                all.stream().map(AttachFigure::consultantId),
                plans.stream().map(PenetrationFigure::sellerId))
            .distinct()
            .toList();
    for (int i = 0; i < sellers.size(); i += LOOKUP_BATCH) {
      staff
          .byIds(sellers.subList(i, Math.min(sellers.size(), i + LOOKUP_BATCH)))
          .forEach(u -> people.put(u.id(), u));
    }
    Map<Long, String> storeNames = new HashMap<>();

    List<AttachRow> consultants = new ArrayList<>();
    List<AttachRow> technicians = new ArrayList<>();
    Map<Long, List<PenetrationFigure>> plansBySeller = group(plans, PenetrationFigure::sellerId);
    group(all, AttachFigure::consultantId, plansBySeller.keySet())
        .forEach(
            (id, rows) -> {
              UserView person = people.get(id);
              AttachRow row =
                  AttachArithmetic.row(
                      String.valueOf(id),
                      person == null ? "#" + id : person.fullName(),
                      rows,
                      plansBySeller.getOrDefault(id, List.of()));
              (person != null && person.role() == Role.SERVICE ? technicians : consultants)
                  .add(row);
            });
    consultants.sort(Comparator.comparing(AttachRow::label));
    technicians.sort(Comparator.comparing(AttachRow::label));
    List<AttachRow> storeRows = new ArrayList<>();
    Map<Long, List<PenetrationFigure>> plansByStore = group(plans, PenetrationFigure::storeId);
    group(all, AttachFigure::storeId, plansByStore.keySet())
        .forEach(
            (id, rows) ->
                storeRows.add(
                    AttachArithmetic.row(
                        String.valueOf(id),
                        storeNames.computeIfAbsent(id, s -> stores.get(s).name()),
                        rows,
                        plansByStore.getOrDefault(id, List.of()))));
    List<AttachRow> categories = new ArrayList<>();
    group(all.stream().filter(f -> !f.withoutMainProduct()).toList(), AttachFigure::category)
        .forEach(
            (category, rows) ->
                categories.add(AttachArithmetic.row(category.name(), category.name(), rows)));
    List<AttachRow> months = new ArrayList<>();
    Map<Integer, List<PenetrationFigure>> plansByMonth = group(plans, PenetrationFigure::period);
    for (int i = 0; i < monthList.size(); i++) {
      String month = monthList.get(i).toString();
      months.add(
          AttachArithmetic.row(
              month,
              month,
              byMonth.get(monthList.get(i)),
              plansByMonth.getOrDefault(i, List.of())));
    }
    return new AttachReport(
        from.toString(),
        to.toString(),
        storeId,
        AttachArithmetic.row("total", "total", all, plans),
        storeRows,
        consultants,
        technicians,
        categories,
        months);
  }

  private Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
  }

  private static <K, F> Map<K, List<F>> group(List<F> rows, Function<F, K> key) {
    return group(rows, key, Set.of());
  }

  /** The rows grouped by key, in key order, with an empty group for each of {@code alsoKeys}. */
  private static <K, F> Map<K, List<F>> group(List<F> rows, Function<F, K> key, Set<K> alsoKeys) {
    Map<K, List<F>> groups = new java.util.TreeMap<>();
    alsoKeys.forEach(k -> groups.put(k, new ArrayList<>()));
    rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    return groups;
  }
}
