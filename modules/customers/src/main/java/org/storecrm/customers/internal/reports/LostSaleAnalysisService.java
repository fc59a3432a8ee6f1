package org.storecrm.customers.internal.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.storecrm.customers.LostSaleAnalysis;
import org.storecrm.customers.LostSaleCount;
import org.storecrm.customers.LostSales;
import org.storecrm.customers.internal.cards.LostReasonRecord;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;

/** Four grouped counts over the period's lost-sale records; names looked up once per group. */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class LostSaleAnalysisService implements LostSales {
  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject StaffNames names;
  @Inject Clock clock;

  @Override
  public LostSaleAnalysis analyse(LocalDate from, LocalDate to) {
    CustomerReportService.checkPeriod(from, to);
    Instant start = from.atStartOfDay(clock.getZone()).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    Optional<Long> store = scope.limitedTo();
    Locale locale = user.locale();

    Map<String, String> reasonNames = new HashMap<>();
    for (LostReasonRecord reason :
        em.createQuery("select r from LostReasonRecord r", LostReasonRecord.class)
            .getResultList()) {
      reasonNames.put(reason.code(), reason.toView().name(locale));
    }
    List<Object[]> byReason =
        grouped("r.code", "LostSale l, LostReasonRecord r", "r.id = l.reasonId", start, end, store);
    List<Object[]> byConsultant = grouped("l.recordedBy", "LostSale l", null, start, end, store);
    Map<String, String> staffNames =
        names.byUsername(
            byConsultant.stream()
                .map(row -> (String) row[0])
                .filter(username -> username != null)
                .limit(StaffNames.MAX)
                .toList());
    List<LostSaleCount> reasons = counts(byReason, reasonNames::get);
    return new LostSaleAnalysis(
        from,
        to,
        reasons.stream().mapToLong(LostSaleCount::count).sum(),
        reasons,
        counts(grouped("l.competitor", "LostSale l", null, start, end, store), key -> null),
        counts(grouped("l.category", "LostSale l", null, start, end, store), key -> null),
        counts(byConsultant, staffNames::get));
  }

  /** Rows of (key, count) for the period, largest first. */
  private List<Object[]> grouped(
      String key, String from, String join, Instant start, Instant end, Optional<Long> store) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select "
                + key
                + ", count(l) from "
                + from
                + " where l.recordedAt >= :start and l.recordedAt < :end"
                + (join == null ? "" : " and " + join)
                + (store.isPresent() ? " and l.storeId = :store" : "")
                + " group by "
                + key
                + " order by count(l) desc, "
                + key,
            Object[].class);
    query.setParameter("start", start).setParameter("end", end);
    store.ifPresent(id -> query.setParameter("store", id));
    return query.getResultList();
  }

  private static List<LostSaleCount> counts(List<Object[]> rows, Function<String, String> name) {
    return rows.stream()
        .map(
            row -> {
              String key = (String) row[0];
              return new LostSaleCount(
                  key, key == null ? null : name.apply(key), ((Number) row[1]).longValue());
            })
        .toList();
  }
}
