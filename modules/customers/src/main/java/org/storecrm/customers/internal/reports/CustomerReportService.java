package org.storecrm.customers.internal.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.storecrm.customers.BaseKind;
import org.storecrm.customers.ConsultantActivity;
import org.storecrm.customers.ConsultantLoad;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.CustomerReports;
import org.storecrm.customers.CustomerValueRow;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.FollowUpStatus;
import org.storecrm.customers.IntentStatusFilter;
import org.storecrm.customers.IntentStatusRow;
import org.storecrm.customers.RegisterDay;
import org.storecrm.customers.SourceChannel;
import org.storecrm.customers.SourceFunnel;
import org.storecrm.customers.ValueDecile;
import org.storecrm.customers.internal.PhoneMasking;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.cards.PhoneNumbers;
import org.storecrm.customers.internal.followups.FollowUp;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
/**
 * The manager's reads about customers: intent status, load, registers, funnel, value, activity.
 * Reads only; the writes it once carried are {@link
 * org.storecrm.customers.internal.cards.CustomerAssignmentService} (reassignment) and {@link
 * org.storecrm.customers.internal.registers.AnonymousVisitService}.
 */
public class CustomerReportService implements CustomerReports {
  /** Longest period a daily report covers: a quarter. */
  static final int MAX_DAYS = 92;

  private static final Map<String, Function<Root<Customer>, Expression<?>>> SORTABLE =
      Map.of(
          "nextFollowUpDue", r -> r.get("nextFollowUpDue"),
          "lastContactAt", r -> r.get("lastContactAt"),
          "name", r -> r.get("nameKey"),
          "grade", r -> r.get("grade"));

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject PhoneMasking masking;
  @Inject StaffDirectory staff;
  @Inject Clock clock;

  @Override
  public Page<IntentStatusRow> intentStatus(IntentStatusFilter filter, PageRequest page) {
    Instant now = clock.instant();
    boolean showPhones = masking.phonesVisibleTo(user);
    return CriteriaPages.find(
            em,
            Customer.class,
            page,
            (cb, query, root) -> {
              List<Predicate> where = new ArrayList<>();
              where.add(scope.restrict(cb, root.get("storeId")));
              if (filter.leads()) {
                Subquery<Long> waiting = query.subquery(Long.class);
                Root<FollowUp> task = waiting.from(FollowUp.class);
                waiting
                    .select(task.get("customerId"))
                    .where(
                        scope.restrict(cb, task.get("storeId")),
                        cb.equal(task.get("reason"), FollowUpReason.FIRST_CONTACT),
                        cb.equal(task.get("status"), FollowUpStatus.OPEN));
                where.add(cb.or(cb.isNull(root.get("consultantId")), root.get("id").in(waiting)));
              } else {
                where.add(cb.equal(root.get("baseKind"), BaseKind.INTENT));
              }
              if (filter.grade() != null) {
                where.add(cb.equal(root.get("grade"), filter.grade()));
              }
              if (filter.consultantId() != null) {
                where.add(cb.equal(root.get("consultantId"), filter.consultantId()));
              }
              if (filter.overdueOnly()) {
                where.add(cb.lessThan(root.get("nextFollowUpDue"), now));
              }
              return cb.and(where.toArray(Predicate[]::new));
            },
            SORTABLE,
            "nextFollowUpDue",
            root -> {})
        .map(
            c ->
                new IntentStatusRow(
                    c.id(),
                    c.name(),
                    showPhones ? c.phone() : PhoneNumbers.mask(c.phone()),
                    c.grade(),
                    c.consultantId(),
                    c.lastContactAt(),
                    c.nextFollowUpDue(),
                    c.nextFollowUpDue() != null && c.nextFollowUpDue().isBefore(now)));
  }

  @Override
  public List<ConsultantLoad> consultantLoad() {
    Instant now = clock.instant();
    Instant endOfDay = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    Optional<Long> store = scope.limitedTo();
    TypedQuery<Object[]> query =
        em.createQuery(
            "select f.consultantId, count(f),"
                + " sum(case when f.dueAt >= :now and f.dueAt < :endOfDay then 1 else 0 end),"
                + " sum(case when f.dueAt < :now then 1 else 0 end)"
                + " from FollowUp f where f.status = :open"
                + (store.isPresent() ? " and f.storeId = :store" : "")
                + " group by f.consultantId",
            Object[].class);
    query
        .setParameter("now", now)
        .setParameter("endOfDay", endOfDay)
        .setParameter("open", FollowUpStatus.OPEN);
    store.ifPresent(id -> query.setParameter("store", id));
    return query.getResultList().stream()
        .map(
            row ->
                new ConsultantLoad((Long) row[0], number(row[1]), number(row[2]), number(row[3])))
        .sorted((a, b) -> Long.compare(b.overdue(), a.overdue()))
        .toList();
  }

  @Override
  public List<RegisterDay> registers(LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    Optional<Long> store = scope.limitedTo();
    // Days of the store's calendar: the zone conversion happens in the database, one row per
    // day, kind and whether details were left. The day's fields are extracted rather than the
    // value cast to DATE: H2 casts a zoned timestamp to a date in the session's zone, not its own.
    Query query =
        em.createNativeQuery(
            "SELECT on_year, on_month, on_day, kind, known, COUNT(*) FROM ("
                + " SELECT EXTRACT(YEAR FROM occurred_at AT TIME ZONE ?1) AS on_year,"
                + " EXTRACT(MONTH FROM occurred_at AT TIME ZONE ?1) AS on_month,"
                + " EXTRACT(DAY FROM occurred_at AT TIME ZONE ?1) AS on_day, kind,"
                + " CASE WHEN customer_id IS NULL THEN 0 ELSE 1 END AS known"
                + " FROM cus_contact WHERE kind IN ('VISIT', 'PHONE_IN')"
                + " AND occurred_at >= ?2 AND occurred_at < ?3"
                + (store.isPresent() ? " AND store_id = ?4" : "")
                + ") entries GROUP BY on_year, on_month, on_day, kind, known");
    query
        .setParameter(1, clock.getZone().getId())
        .setParameter(2, from.atStartOfDay(clock.getZone()).toOffsetDateTime())
        .setParameter(3, to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
    store.ifPresent(id -> query.setParameter(4, id));
    Map<LocalDate, long[]> counts = new HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] cells = (Object[]) row;
      LocalDate day =
          LocalDate.of((int) number(cells[0]), (int) number(cells[1]), (int) number(cells[2]));
      boolean phone = ContactKind.PHONE_IN.name().equals(cells[3]);
      boolean known = number(cells[4]) == 1;
      long[] day4 = counts.computeIfAbsent(day, d -> new long[4]);
      int offset = phone ? 2 : 0;
      day4[offset] += number(cells[5]);
      if (known) {
        day4[offset + 1] += number(cells[5]);
      }
    }
    List<RegisterDay> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      long[] c = counts.getOrDefault(day, new long[4]);
      days.add(new RegisterDay(day, c[0], c[1], c[2], c[3]));
    }
    return days;
  }

  @Override
  public List<SourceFunnel> funnelBySource(LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    Optional<Long> store = scope.limitedTo();
    TypedQuery<Object[]> query =
        em.createQuery(
            "select c.source, count(c),"
                + " sum(case when c.lastContactAt is not null then 1 else 0 end),"
                + " sum(case when c.baseKind = :intent then 1 else 0 end),"
                + " sum(case when c.baseKind = :owner then 1 else 0 end),"
                + " sum(case when c.baseKind = :lost then 1 else 0 end)"
                + " from Customer c where c.registeredAt >= :from and c.registeredAt < :to"
                + (store.isPresent() ? " and c.storeId = :store" : "")
                + " group by c.source",
            Object[].class);
    query
        .setParameter("intent", BaseKind.INTENT)
        .setParameter("owner", BaseKind.OWN_SOLD_OWNER)
        .setParameter("lost", BaseKind.LOST)
        .setParameter("from", from.atStartOfDay(clock.getZone()).toInstant())
        .setParameter("to", to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    store.ifPresent(id -> query.setParameter("store", id));
    Map<SourceChannel, SourceFunnel> bySource = new EnumMap<>(SourceChannel.class);
    for (Object[] row : query.getResultList()) {
      SourceChannel source = (SourceChannel) row[0];
      bySource.put(
          source,
          new SourceFunnel(
              source,
              number(row[1]),
              number(row[2]),
              number(row[3]),
              number(row[4]),
              number(row[5])));
    }
    List<SourceFunnel> funnel = new ArrayList<>();
    for (SourceChannel source : SourceChannel.values()) {
      funnel.add(bySource.getOrDefault(source, new SourceFunnel(source, 0, 0, 0, 0, 0)));
    }
    return funnel;
  }

  @Override
  public Page<CustomerValueRow> customerValue(PageRequest page) {
    Optional<Long> store = scope.limitedTo();
    String buyers =
        " FROM cus_customer WHERE purchase_count > 0"
            + (store.isPresent() ? " AND store_id = ?1" : "");
    // The tiers are fifths of all the store's buyers, so they are ranked before the page is cut.
    Query rows =
        em.createNativeQuery(
            "SELECT id, name, lifetime_revenue, lifetime_margin, purchase_count, last_purchase_at,"
                + " r, f, m FROM (SELECT id, name, lifetime_revenue, lifetime_margin,"
                + " purchase_count, last_purchase_at,"
                + " NTILE(5) OVER (ORDER BY last_purchase_at) AS r,"
                + " NTILE(5) OVER (ORDER BY purchase_count) AS f,"
                + " NTILE(5) OVER (ORDER BY lifetime_revenue) AS m"
                + buyers
                + ") ranked ORDER BY lifetime_margin DESC, id");
    Query count = em.createNativeQuery("SELECT COUNT(*)" + buyers);
    store.ifPresent(
        id -> {
          rows.setParameter(1, id);
          count.setParameter(1, id);
        });
    List<CustomerValueRow> items = new ArrayList<>();
    for (Object result :
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()) {
      Object[] c = (Object[]) result;
      items.add(
          new CustomerValueRow(
              number(c[0]),
              (String) c[1],
              money(c[2]),
              money(c[3]),
              (int) number(c[4]),
              instant(c[5]),
              (int) number(c[6]),
              (int) number(c[7]),
              (int) number(c[8])));
    }
    return new Page<>(items, number(count.getSingleResult()), page.page(), page.size());
  }

  @Override
  public List<ValueDecile> pareto() {
    Optional<Long> store = scope.limitedTo();
    Query query =
        em.createNativeQuery(
            "SELECT tenth, COUNT(*), SUM(lifetime_margin) FROM ("
                + " SELECT lifetime_margin, NTILE(10) OVER (ORDER BY lifetime_margin DESC) AS tenth"
                + " FROM cus_customer WHERE purchase_count > 0"
                + (store.isPresent() ? " AND store_id = ?1" : "")
                + ") ranked GROUP BY tenth ORDER BY tenth");
    store.ifPresent(id -> query.setParameter(1, id));
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add((Object[]) row);
    }
    BigDecimal total = rows.stream().map(r -> money(r[2])).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<ValueDecile> deciles = new ArrayList<>();
    BigDecimal running = BigDecimal.ZERO;
    for (Object[] row : rows) {
      BigDecimal margin = money(row[2]);
      running = running.add(margin);
      int share =
          total.signum() <= 0
              ? 0
              : running
                  .multiply(BigDecimal.valueOf(100))
                  .divide(total, 0, RoundingMode.HALF_UP)
                  .intValue();
      deciles.add(new ValueDecile((int) number(row[0]), number(row[1]), margin, share));
    }
    return deciles;
  }

  @Override
  public List<ConsultantActivity> consultantActivity(long storeId, LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    scope.checkVisible(storeId, "Store", storeId);
    java.time.OffsetDateTime start = from.atStartOfDay(clock.getZone()).toOffsetDateTime();
    java.time.OffsetDateTime end = to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    // One grouped query per source table; contacts, tasks and appointments name their author by
    // username, which the staff table turns into the consultant's id.
    Map<Long, long[]> byConsultant = new java.util.TreeMap<>();
    for (Object[] row :
        rows(
            "SELECT consultant_id, COUNT(*) FROM cus_customer WHERE store_id = ?1"
                + " AND registered_at >= ?2 AND registered_at < ?3 AND consultant_id IS NOT NULL"
                + " GROUP BY consultant_id",
            storeId,
            start,
            end)) {
      byConsultant.computeIfAbsent(number(row[0]), id -> new long[11])[0] = number(row[1]);
    }
    for (Object[] row :
        rows(
            "SELECT consultant_id,"
                + " SUM(CASE WHEN base_kind = 'INTENT' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN base_kind = 'OWN_SOLD_OWNER' THEN 1 ELSE 0 END)"
                + " FROM cus_customer WHERE store_id = ?1 AND consultant_id IS NOT NULL"
                + " AND base_kind IN ('INTENT', 'OWN_SOLD_OWNER') GROUP BY consultant_id",
            storeId)) {
      long[] counts = byConsultant.computeIfAbsent(number(row[0]), id -> new long[11]);
      counts[1] = number(row[1]);
      counts[2] = number(row[2]);
    }
    // Contacts, follow-ups and bookings name their author by username: the platform's staff
    // directory turns those into consultant ids (its table is its own).
    List<Object[]> contacts =
        rows(
            "SELECT c.recorded_by, c.kind, COUNT(*), COUNT(c.customer_id) FROM cus_contact c"
                + " WHERE c.store_id = ?1 AND c.occurred_at >= ?2 AND c.occurred_at < ?3"
                + " GROUP BY c.recorded_by, c.kind",
            storeId,
            start,
            end);
    List<Object[]> followUpsDone =
        rows(
            "SELECT f.completed_by, COUNT(*) FROM cus_follow_up f"
                + " WHERE f.store_id = ?1 AND f.status = 'DONE'"
                + " AND f.completed_at >= ?2 AND f.completed_at < ?3 GROUP BY f.completed_by",
            storeId,
            start,
            end);
    List<Object[]> bookings =
        rows(
            "SELECT a.booked_by, COUNT(*) FROM cus_appointment a"
                + " WHERE a.store_id = ?1 AND a.booked_at >= ?2 AND a.booked_at < ?3"
                + " GROUP BY a.booked_by",
            storeId,
            start,
            end);
    Set<String> usernames = new HashSet<>();
    for (List<Object[]> rows : List.of(contacts, followUpsDone, bookings)) {
      rows.stream().map(row -> (String) row[0]).filter(Objects::nonNull).forEach(usernames::add);
    }
    Map<String, Long> idOf = staff.idsByUsername(usernames);
    for (Object[] row : contacts) {
      Long consultant = idOf.get((String) row[0]);
      if (consultant == null) {
        continue; // not a staff member (as the former join on the user table left it out)
      }
      long[] counts = byConsultant.computeIfAbsent(consultant, id -> new long[11]);
      long n = number(row[2]);
      counts[3] += n;
      long withCard = number(row[3]);
      switch (ContactKind.valueOf((String) row[1])) {
        case VISIT -> {
          counts[4] += n;
          counts[10] += withCard;
        }
        case PHONE_IN -> {
          counts[5] += n;
          counts[10] += withCard;
        }
        case CALL -> counts[6] += n;
        case CALLBACK -> counts[7] += n;
        default -> {}
      }
    }
    for (Object[] row : followUpsDone) {
      Long consultant = idOf.get((String) row[0]);
      if (consultant != null) {
        byConsultant.computeIfAbsent(consultant, id -> new long[11])[8] += number(row[1]);
      }
    }
    for (Object[] row : bookings) {
      Long consultant = idOf.get((String) row[0]);
      if (consultant != null) {
        byConsultant.computeIfAbsent(consultant, id -> new long[11])[9] += number(row[1]);
      }
    }
    List<ConsultantActivity> activity = new ArrayList<>();
    byConsultant.forEach(
        (id, c) ->
            activity.add(
                new ConsultantActivity(
                    id, c[0], c[1], c[2], c[3], c[4], c[5], c[10], c[6], c[7], c[8], c[9])));
    return activity;
  }

  private List<Object[]> rows(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add((Object[]) row);
    }
    return rows;
  }

  /** A report period: 1 to {@link #MAX_DAYS} days, the end not before the start (at "to"). */
  public static void checkPeriod(LocalDate from, LocalDate to) {
    if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw RuleViolationException.refused(
          "error.report.period",
          "to",
          "A report covers 1 to " + MAX_DAYS + " days, the end not before the start",
          Map.of("maxDays", MAX_DAYS));
    }
  }

  private static BigDecimal money(Object value) {
    return value == null
        ? BigDecimal.ZERO.setScale(2)
        : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
  }

  /** A native timestamp with time zone: PostgreSQL's driver gives Timestamp, H2 OffsetDateTime. */
  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return ((java.time.OffsetDateTime) value).toInstant();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
