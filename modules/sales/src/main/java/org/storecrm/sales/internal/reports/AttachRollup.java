package org.storecrm.sales.internal.reports;

import static org.storecrm.sales.internal.reports.SalesFigures.money;
import static org.storecrm.sales.internal.reports.SalesFigures.number;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storecrm.platform.Roles;
import org.storecrm.sales.AttachFigure;
import org.storecrm.sales.Category;
import org.storecrm.sales.FiguresRollup;

/**
 * Keeps the attach figures of closed months, and of the current month's closed days, per store,
 * seller and category (sal_attach_month). A month's rows are used only while its state's {@code
 * changes} equals the {@code computed_changes} they were computed at: whatever alters a closed
 * month's figures (a return, a back-dated sale) calls {@link #changed} in its own transaction, so a
 * stale month is never served — it is read from the order lines again until the next refresh. A
 * refresh reads {@code changes} before it reads the lines, so a change that commits meanwhile
 * leaves the month stale, not wrong.
 */
@Stateless
@LocalBean
@Local(FiguresRollup.class)
@PermitAll
public class AttachRollup implements FiguresRollup {
  /** Months kept: as far back as the KPI report reaches. */
  static final int MONTHS = 24;

  private static final Logger LOG = Logger.getLogger(AttachRollup.class.getName());

  @PersistenceContext EntityManager em;
  @EJB SalesFiguresService figures;
  @Inject Clock clock;
  @Resource SessionContext context;

  @Override
  @RolesAllowed(Roles.ADMIN)
  public RollupReport refresh() {
    return refreshDue();
  }

  /**
   * The job's entry (no caller to check): each due month in a transaction of its own. The current
   * month is kept up to the start of today (its closed days), so that only today is read from the
   * lines; it is due again each new day.
   */
  public RollupReport refreshDue() {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    YearMonth current = YearMonth.from(today);
    Map<Instant, Object[]> states = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT month_start, changes, computed_changes, month_end"
                    + " FROM sal_attach_month_state")
            .getResultList()) {
      Object[] cells = (Object[]) row;
      states.put(instant(cells[0]), cells);
    }
    AttachRollup self = context.getBusinessObject(AttachRollup.class);
    int computed = 0;
    int upToDate = 0;
    long rows = 0;
    for (YearMonth month = current.minusMonths(MONTHS); !month.isAfter(current); ) {
      Instant start = start(month);
      Instant end = month.equals(current) ? start(today) : start(month.plusMonths(1));
      Object[] state = states.get(start);
      if (!start.isBefore(end)) {
        // The first day of the month: nothing of it is closed yet.
      } else if (state != null
          && number(state[1]) == number(state[2])
          && instant(state[3]).equals(end)) {
        upToDate++;
      } else {
        try {
          rows += self.refreshMonth(start, end);
          computed++;
        } catch (EJBException e) {
          // Another instance's run inserted the month's state first: it computed the month.
          LOG.log(Level.INFO, "Attach rollup of " + month + " skipped", e);
        }
      }
      month = month.plusMonths(1);
    }
    return new RollupReport(computed, upToDate, rows, (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Recomputes a month for every store, from its start to {@code end} (its end, or the start of
   * today for the current month); answers the rows written.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long refreshMonth(Instant start, Instant end) {
    List<?> seen =
        em.createNativeQuery("SELECT changes FROM sal_attach_month_state WHERE month_start = ?1")
            .setParameter(1, utc(start))
            .getResultList();
    long changes = seen.isEmpty() ? 0 : number(seen.get(0));
    List<AttachFigure> monthFigures = figures.compute(List.of(start, end), Optional.empty());
    em.createNativeQuery("DELETE FROM sal_attach_month WHERE month_start = ?1")
        .setParameter(1, utc(start))
        .executeUpdate();
    for (AttachFigure f : monthFigures) {
      em.createNativeQuery(
              "INSERT INTO sal_attach_month (month_start, store_id, consultant_id, category,"
                  + " main_sales, attached_sales, accessory_sales, accessory_units,"
                  + " accessory_margin, margin, accessories_without_profit, offered, accepted,"
                  + " declined, not_offered)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)")
          .setParameter(1, utc(start))
          .setParameter(2, f.storeId())
          .setParameter(3, f.consultantId())
          .setParameter(4, f.category() == null ? null : f.category().name())
          .setParameter(5, f.mainSales())
          .setParameter(6, f.attachedSales())
          .setParameter(7, f.accessorySales())
          .setParameter(8, f.accessoryUnits())
          .setParameter(9, f.accessoryMargin())
          .setParameter(10, f.margin())
          .setParameter(11, f.accessoriesWithoutProfit())
          .setParameter(12, f.offered())
          .setParameter(13, f.accepted())
          .setParameter(14, f.declined())
          .setParameter(15, f.notOffered())
          .executeUpdate();
    }
    String state =
        seen.isEmpty()
            ? "INSERT INTO sal_attach_month_state (month_start, month_end, changes,"
                + " computed_changes, computed_at) VALUES (?1, ?2, ?3, ?3, ?4)"
            : "UPDATE sal_attach_month_state SET month_end = ?2, computed_changes = ?3,"
                + " computed_at = ?4 WHERE month_start = ?1";
    em.createNativeQuery(state)
        .setParameter(1, utc(start))
        .setParameter(2, utc(end))
        .setParameter(3, changes)
        .setParameter(4, utc(clock.instant()))
        .executeUpdate();
    return monthFigures.size();
  }

  /**
   * Marks the rolled-up month holding {@code soldAt} as changed, in the caller's transaction (no
   * row for a month that is not rolled up: nothing to do).
   */
  public void changed(Instant soldAt) {
    em.createNativeQuery(
            "UPDATE sal_attach_month_state SET changes = changes + 1"
                + " WHERE month_start <= ?1 AND month_end > ?1")
        .setParameter(1, utc(soldAt))
        .executeUpdate();
  }

  /**
   * The periods between {@code boundaries} that start a month with current rollup rows, by their
   * place among the periods, with where the rows end: the period's end, or for the current month
   * the start of today (the rest of the period is then read from the lines).
   */
  public Map<Integer, Instant> currentPeriods(List<Instant> boundaries) {
    Map<Instant, Instant> months = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT month_start, month_end FROM sal_attach_month_state"
                    + " WHERE month_start >= ?1 AND month_start < ?2"
                    + " AND changes = computed_changes")
            .setParameter(1, utc(boundaries.get(0)))
            .setParameter(2, utc(boundaries.get(boundaries.size() - 1)))
            .getResultList()) {
      Object[] cells = (Object[]) row;
      months.put(instant(cells[0]), instant(cells[1]));
    }
    Map<Integer, Instant> periods = new HashMap<>();
    for (int i = 0; i + 1 < boundaries.size(); i++) {
      Instant end = months.get(boundaries.get(i));
      if (end != null && !end.isAfter(boundaries.get(i + 1))) {
        periods.put(i, end);
      }
    }
    return periods;
  }

  /**
   * The rollup rows of the given periods (places among {@code boundaries}), for one store or all.
   */
  public List<AttachFigure> figures(
      List<Instant> boundaries, Collection<Integer> periods, Optional<Long> store) {
    Map<Instant, Integer> placeOf = new HashMap<>();
    periods.forEach(p -> placeOf.put(boundaries.get(p), p));
    StringBuilder in = new StringBuilder();
    int parameter = store.isPresent() ? 2 : 1;
    List<Instant> starts = new ArrayList<>(placeOf.keySet());
    for (int i = 0; i < starts.size(); i++) {
      in.append(i == 0 ? "?" : ", ?").append(parameter + i);
    }
    Query query =
        em.createNativeQuery(
            "SELECT month_start, store_id, consultant_id, category, main_sales, attached_sales,"
                + " accessory_sales, accessory_units, accessory_margin, margin,"
                + " accessories_without_profit, offered, accepted, declined, not_offered"
                + " FROM sal_attach_month WHERE month_start IN ("
                + in
                + ")"
                + (store.isPresent() ? " AND store_id = ?1" : ""));
    store.ifPresent(id -> query.setParameter(1, id));
    for (int i = 0; i < starts.size(); i++) {
      query.setParameter(parameter + i, utc(starts.get(i)));
    }
    List<AttachFigure> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      rows.add(
          new AttachFigure(
              number(r[1]),
              number(r[2]),
              placeOf.get(instant(r[0])),
              r[3] == null ? null : Category.valueOf((String) r[3]),
              number(r[4]),
              number(r[5]),
              number(r[6]),
              number(r[7]),
              money(r[8]),
              money(r[9]),
              number(r[10]),
              number(r[11]),
              number(r[12]),
              number(r[13]),
              number(r[14])));
    }
    return rows;
  }

  private Instant start(YearMonth month) {
    return start(month.atDay(1));
  }

  private Instant start(LocalDate day) {
    return day.atStartOfDay(clock.getZone()).toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A native timestamp with time zone: PostgreSQL's driver gives Timestamp, H2 OffsetDateTime. */
  private static Instant instant(Object cell) {
    return cell instanceof java.sql.Timestamp timestamp
        ? timestamp.toInstant()
        : ((OffsetDateTime) cell).toInstant();
  }
}
