package org.storecrm.accounts.internal.visits;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.NewVisit;
import org.storecrm.accounts.VisitKind;
import org.storecrm.accounts.VisitPlan;
import org.storecrm.accounts.VisitProgress;
import org.storecrm.accounts.VisitView;
import org.storecrm.accounts.Visits;
import org.storecrm.accounts.internal.AccountsSettings;
import org.storecrm.accounts.internal.StaffLookup;
import org.storecrm.accounts.internal.accounts.Account;
import org.storecrm.accounts.internal.accounts.AccountService;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;

/** Plans and logs account managers' visits and builds a day's plan from the rules. */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
public class VisitService implements Visits {
  @PersistenceContext EntityManager em;
  @EJB AccountService accounts;
  @Inject AccountsSettings settings;
  @Inject StaffLookup staff;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public VisitView log(long accountId, NewVisit input) {
    Account account = accounts.load(accountId);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    Long manager =
        account.accountManagerId() != null
            ? account.accountManagerId()
            : user.userId().orElse(null);
    LocalDate doneOn =
        input.occurredAt() == null
            ? null
            : LocalDate.ofInstant(input.occurredAt(), clock.getZone());
    Visit visit = null;
    if (doneOn != null) {
      List<Visit> planned =
          em.createQuery(
                  "select v from Visit v where v.accountId = :account and v.occurredAt is null"
                      + " and v.plannedFor <= :day order by v.plannedFor, v.id",
                  Visit.class)
              .setParameter("account", accountId)
              .setParameter("day", doneOn)
              .setMaxResults(1)
              .getResultList();
      visit = planned.isEmpty() ? null : planned.get(0);
    }
    if (visit == null) {
      visit =
          new Visit(
              accountId,
              account.storeId(),
              manager,
              input.kind(),
              Visit.plannedDay(input.plannedFor(), doneOn, today),
              now,
              user.username());
      em.persist(visit);
    }
    if (doneOn != null) {
      visit.complete(input.kind(), input.occurredAt(), input.needs(), input.nextStep());
    } else {
      visit.answer(input.needs(), input.nextStep());
    }
    audit.created(
        new AuditedRecord(Visit.RECORD_TYPE, visit.id(), account.storeId()),
        Map.of(
            "accountId",
            accountId,
            "kind",
            visit.kind(),
            "plannedFor",
            String.valueOf(visit.plannedFor()),
            "occurredAt",
            String.valueOf(visit.occurredAt())));
    em.flush();
    return visit.toView(account.name(), today);
  }

  @Override
  public VisitPlan plan(LocalDate requestedDay, Long requestedManager) {
    LocalDate day = requestedDay == null ? LocalDate.now(clock) : requestedDay;
    Long manager = requestedManager != null ? requestedManager : user.userId().orElse(-1L);
    Instant dayStart = day.atStartOfDay(clock.getZone()).toInstant();
    Instant dayEnd = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();

    // The accounts of the manager the caller may see, with their last visit: one grouped native
    // query (an aggregate of a timestamp column comes back as the driver's type, not through the
    // entity's converter).
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.id, a.name, a.status, a.created_at, MAX(v.occurred_at) FROM acc_account a"
                    + " LEFT JOIN acc_visit v ON v.account_id = a.id AND v.occurred_at < ?1"
                    + " WHERE a.account_manager_id = ?2"
                    + storeClause("a", scope.limitedTo().orElse(null))
                    + " GROUP BY a.id, a.name, a.status, a.created_at")
            .setParameter(1, java.sql.Timestamp.from(dayEnd))
            .setParameter(2, manager)
            .getResultList();
    Map<Long, String> names = new HashMap<>();
    List<VisitPlan.DueVisit> due = new ArrayList<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      String name = (String) row[1];
      AccountStatus status = AccountStatus.valueOf((String) row[2]);
      LocalDate since = LocalDate.ofInstant(instant(row[3]), clock.getZone());
      LocalDate last =
          row[4] == null ? null : LocalDate.ofInstant(instant(row[4]), clock.getZone());
      names.put(id, name);
      LocalDate next =
          VisitRules.nextDue(
              status, last, since, settings.prospectRevisitDays(), settings.clientVisitDays());
      if (next != null && !next.isAfter(day)) {
        due.add(
            new VisitPlan.DueVisit(
                id,
                name,
                status,
                status == AccountStatus.PROSPECT ? VisitKind.PROSPECT : VisitKind.CLIENT,
                last,
                next,
                next.isBefore(day)));
      }
    }
    due.sort(
        Comparator.comparing(VisitPlan.DueVisit::dueOn)
            .thenComparing(VisitPlan.DueVisit::accountId));

    List<VisitView> planned = new ArrayList<>();
    for (Visit v :
        em.createQuery(
                "select v from Visit v where v.accountManagerId = :manager and ((v.plannedFor = :day)"
                    + " or (v.plannedFor < :day and v.occurredAt is null))"
                    + " order by v.plannedFor, v.id",
                Visit.class)
            .setParameter("manager", manager)
            .setParameter("day", day)
            .setMaxResults(200)
            .getResultList()) {
      if (scope.canSee(v.storeId())) {
        planned.add(v.toView(names.getOrDefault(v.accountId(), "#" + v.accountId()), day));
      }
    }
    long coldDone =
        em.createQuery(
                "select count(v) from Visit v where v.accountManagerId = :manager and v.kind = :cold"
                    + " and v.occurredAt >= :start and v.occurredAt < :end",
                Long.class)
            .setParameter("manager", manager)
            .setParameter("cold", VisitKind.COLD)
            .setParameter("start", dayStart)
            .setParameter("end", dayEnd)
            .getSingleResult();
    return new VisitPlan(day, manager, settings.coldVisitsPerDay(), coldDone, planned, due);
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public VisitProgress progress(LocalDate requestedFrom, LocalDate requestedTo, Long storeId) {
    LocalDate from =
        requestedFrom != null
            ? requestedFrom
            : LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate to = requestedTo != null ? requestedTo : from.plusDays(6);
    if (to.isBefore(from) || from.plusDays(MAX_PROGRESS_DAYS - 1).isBefore(to)) {
      throw RuleViolationException.refused(
          "visits.periodRange",
          "to",
          "The period runs from 'from' to 'to', at most " + MAX_PROGRESS_DAYS + " days",
          Map.of("max", MAX_PROGRESS_DAYS));
    }
    Long store = scope.limitedTo().orElse(storeId);
    if (storeId != null && !storeId.equals(store)) {
      throw new RecordNotFoundException("Store", storeId);
    }
    java.sql.Timestamp start =
        java.sql.Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant());
    java.sql.Timestamp end =
        java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    LocalDate today = LocalDate.now(clock);
    Map<Long, long[]> counts = new HashMap<>();

    // Visits made and planned in the period, per manager: one grouped pass.
    @SuppressWarnings("unchecked")
    List<Object[]> visitRows =
        em.createNativeQuery(
                "SELECT v.account_manager_id,"
                    + " SUM(CASE WHEN v.occurred_at IS NOT NULL AND v.kind = 'COLD' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN v.occurred_at IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN v.occurred_at IS NULL AND v.planned_for < ?3 THEN 1 ELSE 0 END)"
                    + " FROM acc_visit v WHERE v.account_manager_id IS NOT NULL"
                    + " AND ((v.occurred_at >= ?1 AND v.occurred_at < ?2)"
                    + " OR (v.occurred_at IS NULL AND v.planned_for >= ?4 AND v.planned_for <= ?5))"
                    + storeClause("v", store)
                    + " GROUP BY v.account_manager_id")
            .setParameter(1, start)
            .setParameter(2, end)
            .setParameter(3, java.sql.Date.valueOf(today))
            .setParameter(4, java.sql.Date.valueOf(from))
            .setParameter(5, java.sql.Date.valueOf(to))
            .getResultList();
    for (Object[] r : visitRows) {
      long[] c = counts.computeIfAbsent(((Number) r[0]).longValue(), id -> new long[5]);
      c[0] = ((Number) r[1]).longValue();
      c[3] = ((Number) r[3]).longValue();
      c[4] = ((Number) r[2]).longValue();
    }

    // Each managed account's last visit before the period and whether it was visited in it: the
    // rules of the daily plan say whether it fell due by the period's end.
    @SuppressWarnings("unchecked")
    List<Object[]> accountRows =
        em.createNativeQuery(
                "SELECT a.account_manager_id, a.status, a.created_at,"
                    + " MAX(CASE WHEN v.occurred_at < ?1 THEN v.occurred_at END),"
                    + " MAX(CASE WHEN v.occurred_at >= ?1 THEN 1 ELSE 0 END)"
                    + " FROM acc_account a LEFT JOIN acc_visit v ON v.account_id = a.id"
                    + " AND v.occurred_at < ?2 WHERE a.account_manager_id IS NOT NULL"
                    + storeClause("a", store)
                    + " GROUP BY a.id, a.account_manager_id, a.status, a.created_at")
            .setParameter(1, start)
            .setParameter(2, end)
            .getResultList();
    for (Object[] r : accountRows) {
      LocalDate last = r[3] == null ? null : LocalDate.ofInstant(instant(r[3]), clock.getZone());
      LocalDate next =
          VisitRules.nextDue(
              AccountStatus.valueOf((String) r[1]),
              last,
              LocalDate.ofInstant(instant(r[2]), clock.getZone()),
              settings.prospectRevisitDays(),
              settings.clientVisitDays());
      if (next != null && !next.isAfter(to)) {
        long[] c = counts.computeIfAbsent(((Number) r[0]).longValue(), id -> new long[5]);
        c[1]++;
        if (r[4] != null && ((Number) r[4]).intValue() == 1) {
          c[2]++;
        }
      }
    }

    // Every active account manager in scope, and any other who has figures (one who left).
    Map<Long, String> names = new java.util.LinkedHashMap<>();
    staff.accountManagers(store).forEach(s -> names.put(s.id(), s.fullName()));
    List<Long> others = counts.keySet().stream().filter(id -> !names.containsKey(id)).toList();
    staff.find(others).values().forEach(s -> names.put(s.id(), s.fullName()));
    int coldTarget =
        settings.coldVisitsPerDay()
            * (int) (java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1);
    List<VisitProgress.Row> rows = new ArrayList<>();
    names.forEach(
        (id, name) -> {
          long[] c = counts.getOrDefault(id, new long[5]);
          rows.add(new VisitProgress.Row(id, name, coldTarget, c[0], c[1], c[2], c[3], c[4]));
        });
    return new VisitProgress(from, to, rows);
  }

  /** Rows of one store ({@code alias.store_id}), or of every store when null; a number inlined. */
  private static String storeClause(String alias, Long store) {
    return store == null ? "" : " AND " + alias + ".store_id = " + store.longValue();
  }

  /** A timestamp as the JDBC driver returns it (PostgreSQL: Timestamp; H2: OffsetDateTime). */
  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) value;
  }
}
