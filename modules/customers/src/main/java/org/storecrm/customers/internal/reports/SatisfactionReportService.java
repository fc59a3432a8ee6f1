package org.storecrm.customers.internal.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.FollowUpStatus;
import org.storecrm.customers.FollowUpView;
import org.storecrm.customers.SatisfactionMeasures;
import org.storecrm.customers.SatisfactionReport;
import org.storecrm.customers.SatisfactionReports;
import org.storecrm.customers.SatisfactionRow;
import org.storecrm.customers.SurveyOccasion;
import org.storecrm.customers.internal.PhoneMasking;
import org.storecrm.customers.internal.complaints.SurveyService;
import org.storecrm.customers.internal.followups.FollowUp;
import org.storecrm.customers.internal.followups.FollowUpService;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.SqlPeriods;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.UserView;
import org.storecrm.platform.ValidatedArguments;

/**
 * The satisfaction screen: grouped queries over the store's surveys in the range (the overall
 * measures, one query per person kind grouped by who is rated, one per month), the staff names in
 * one directory lookup, and a count of the open recovery tasks.
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class SatisfactionReportService implements SatisfactionReports {
  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject StaffDirectory staff;
  @Inject PhoneMasking masking;
  @Inject Clock clock;

  @Override
  public SatisfactionReport report(Long storeId, LocalDate from, LocalDate to) {
    long store = scope.storeForNewRecord(storeId, "satisfaction report");
    checkRange(from, to);
    Instant start = startOf(from);
    Instant end = startOf(to.plusDays(1));
    Object[] all =
        em.createQuery(
                "select count(s), sum(s.score), sum(case when s.score = 5 then 1 else 0 end)"
                    + " from SatisfactionSurvey s where s.storeId = :store"
                    + " and s.answeredAt >= :from and s.answeredAt < :until",
                Object[].class)
            .setParameter("store", store)
            .setParameter("from", start)
            .setParameter("until", end)
            .getSingleResult();
    SatisfactionMeasures overall =
        SurveyService.measures(store, from, to, number(all[0]), number(all[1]), number(all[2]));
    List<Object[]> consultants = byRated(store, SurveyOccasion.POST_SALE, start, end);
    List<Object[]> technicians = byRated(store, SurveyOccasion.SERVICE, start, end);
    Map<Long, String> names = names(consultants, technicians);
    long openRecoveries =
        em.createQuery(
                "select count(f) from FollowUp f where f.storeId = :store and f.reason = :reason"
                    + " and f.status = :open",
                Long.class)
            .setParameter("store", store)
            .setParameter("reason", FollowUpReason.RECOVERY)
            .setParameter("open", FollowUpStatus.OPEN)
            .getSingleResult();
    return new SatisfactionReport(
        store,
        from,
        to,
        overall,
        people(consultants, names),
        people(technicians, names),
        months(store, from, to),
        openRecoveries);
  }

  @Override
  public Page<FollowUpView> openRecoveries(Long storeId, PageRequest page) {
    long store = scope.storeForNewRecord(storeId, "satisfaction report");
    String where =
        " from FollowUp f where f.storeId = :store and f.reason = :reason and f.status = :open";
    Long total =
        em.createQuery("select count(f)" + where, Long.class)
            .setParameter("store", store)
            .setParameter("reason", FollowUpReason.RECOVERY)
            .setParameter("open", FollowUpStatus.OPEN)
            .getSingleResult();
    List<FollowUp> tasks =
        em.createQuery("select f" + where + " order by f.dueAt, f.id", FollowUp.class)
            .setParameter("store", store)
            .setParameter("reason", FollowUpReason.RECOVERY)
            .setParameter("open", FollowUpStatus.OPEN)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(
        FollowUpService.views(em, tasks, masking.phonesVisibleTo(user), clock.instant()),
        total,
        page.page(),
        page.size());
  }

  /** Surveys of one occasion per rated staff member: id, count, score sum, fives. */
  private List<Object[]> byRated(long store, SurveyOccasion occasion, Instant from, Instant end) {
    return em.createQuery(
            "select s.ratedUserId, count(s), sum(s.score),"
                + " sum(case when s.score = 5 then 1 else 0 end)"
                + " from SatisfactionSurvey s where s.storeId = :store and s.occasion = :occasion"
                + " and s.answeredAt >= :from and s.answeredAt < :until"
                + " and s.ratedUserId is not null group by s.ratedUserId",
            Object[].class)
        .setParameter("store", store)
        .setParameter("occasion", occasion)
        .setParameter("from", from)
        .setParameter("until", end)
        .getResultList();
  }

  private Map<Long, String> names(List<Object[]> consultants, List<Object[]> technicians) {
    List<Long> ids = new ArrayList<>();
    consultants.forEach(r -> ids.add((Long) r[0]));
    technicians.forEach(r -> ids.add((Long) r[0]));
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      for (UserView member : staff.byIds(ids.stream().distinct().toList())) {
        names.put(member.id(), member.fullName());
      }
    }
    return names;
  }

  /** Best average first, then the most surveys, then the id. */
  private static List<SatisfactionRow> people(List<Object[]> rows, Map<Long, String> names) {
    return rows.stream()
        .map(
            r ->
                row(
                    String.valueOf(r[0]),
                    names.get((Long) r[0]),
                    number(r[1]),
                    number(r[2]),
                    number(r[3])))
        .sorted(
            java.util.Comparator.comparing(
                    SatisfactionRow::averageScore,
                    java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparing(SatisfactionRow::surveys, java.util.Comparator.reverseOrder())
                .thenComparing(SatisfactionRow::key))
        .toList();
  }

  /**
   * One row per calendar month the range touches (the first and last clipped to the range), empty
   * months included; one grouped native query whose period number is folded in a derived table.
   */
  private List<SatisfactionRow> months(long store, LocalDate from, LocalDate to) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    List<Instant> boundaries = new ArrayList<>();
    boundaries.add(startOf(from));
    for (int i = 1; i < months.size(); i++) {
      boundaries.add(startOf(months.get(i).atDay(1)));
    }
    boundaries.add(startOf(to.plusDays(1)));
    int periods = months.size();
    String period = SqlPeriods.number("s.answered_at", SqlPeriods.firstBoundary(true), periods);
    Query query =
        em.createNativeQuery(
            "SELECT d.period, COUNT(*), SUM(d.score), SUM(CASE WHEN d.score = 5 THEN 1 ELSE 0 END)"
                + " FROM (SELECT "
                + period
                + " AS period, s.score FROM cus_survey s"
                + " WHERE s.answered_at >= ?1 AND s.answered_at < ?2 AND s.store_id = ?3) d"
                + " GROUP BY d.period");
    SqlPeriods.bind(query, boundaries, Optional.of(store));
    long[][] figures = new long[periods][3];
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    for (Object[] r : rows) {
      int p = ((Number) r[0]).intValue();
      figures[p][0] = number(r[1]);
      figures[p][1] = number(r[2]);
      figures[p][2] = number(r[3]);
    }
    List<SatisfactionRow> result = new ArrayList<>();
    for (int p = 0; p < periods; p++) {
      result.add(row(months.get(p).toString(), null, figures[p][0], figures[p][1], figures[p][2]));
    }
    return result;
  }

  static SatisfactionRow row(String key, String name, long surveys, long scoreSum, long fives) {
    SatisfactionMeasures m = SurveyService.measures(0, null, null, surveys, scoreSum, fives);
    return new SatisfactionRow(key, name, surveys, fives, m.averageScore(), m.shareOfFives());
  }

  static void checkRange(LocalDate from, LocalDate to) {
    if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw RuleViolationException.refused(
          "error.report.period",
          "to",
          "A report covers 1 to " + MAX_DAYS + " days, the end not before the start",
          Map.of("maxDays", MAX_DAYS));
    }
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(clock.getZone()).toInstant();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
