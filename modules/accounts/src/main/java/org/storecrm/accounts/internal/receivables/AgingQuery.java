package org.storecrm.accounts.internal.receivables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storecrm.accounts.Aging;
import org.storecrm.accounts.AgingReport;
import org.storecrm.accounts.internal.StaffLookup;

/**
 * The aging report as one grouped SQL pass over the open invoices: each bucket a conditional sum by
 * the due date's place among {@link AgingBuckets#edges}, per account; the stores' and account
 * managers' rows are sums of their accounts' rows, so the invoices are read once however many are
 * open.
 */
@ApplicationScoped
public class AgingQuery {
  /** The accounts with the most open that the report lists (the rest are in the totals). */
  static final int ACCOUNT_ROWS = 500;

  /** The account-manager key of accounts without one. */
  private static final long NO_MANAGER = -1;

  @PersistenceContext EntityManager em;
  @Inject StaffLookup staff;

  private static final String BUCKETS =
      " SUM(CASE WHEN i.due_on >= ?1 THEN i.open_amount ELSE 0 END),"
          + " SUM(CASE WHEN i.due_on < ?1 AND i.due_on >= ?2 THEN i.open_amount ELSE 0 END),"
          + " SUM(CASE WHEN i.due_on < ?2 AND i.due_on >= ?3 THEN i.open_amount ELSE 0 END),"
          + " SUM(CASE WHEN i.due_on < ?3 AND i.due_on >= ?4 THEN i.open_amount ELSE 0 END),"
          + " SUM(CASE WHEN i.due_on < ?4 THEN i.open_amount ELSE 0 END)";

  public AgingReport report(LocalDate today, Long storeId, Long accountManagerId) {
    // One grouped pass over the open invoices, per account; stores and account managers are sums
    // of their accounts' rows (a few thousand at most), so the invoices are read once.
    String sql =
        "SELECT a.id, a.name, a.store_id, a.account_manager_id,"
            + BUCKETS
            + " FROM acc_invoice i JOIN acc_account a ON a.id = i.account_id WHERE i.status = 'OPEN'"
            + (storeId == null ? "" : " AND i.store_id = ?5")
            + (accountManagerId == null ? "" : " AND a.account_manager_id = ?6")
            + " GROUP BY a.id, a.name, a.store_id, a.account_manager_id";
    Map<Long, Aging> stores = new TreeMap<>();
    Map<Long, Aging> managers = new HashMap<>();
    List<AgingReport.Row> accounts = new ArrayList<>();
    Aging total = Aging.zero();
    for (Object[] r : rows(sql, today, storeId, accountManagerId)) {
      Aging aging = new Aging(money(r[4]), money(r[5]), money(r[6]), money(r[7]), money(r[8]));
      accounts.add(new AgingReport.Row(((Number) r[0]).longValue(), (String) r[1], aging));
      stores.merge(((Number) r[2]).longValue(), aging, AgingQuery::plus);
      managers.merge(
          r[3] == null ? NO_MANAGER : ((Number) r[3]).longValue(), aging, AgingQuery::plus);
      total = plus(total, aging);
    }
    accounts.sort(
        Comparator.comparing((AgingReport.Row row) -> row.aging().total())
            .reversed()
            .thenComparing(AgingReport.Row::id));
    Map<Long, String> storeNames = storeNames(stores.keySet());
    Map<Long, StaffLookup.Staff> staff =
        this.staff.find(managers.keySet().stream().filter(id -> id != NO_MANAGER).toList());
    List<AgingReport.Row> byStore = new ArrayList<>();
    stores.forEach((id, aging) -> byStore.add(new AgingReport.Row(id, storeNames.get(id), aging)));
    List<AgingReport.Row> byManager = new ArrayList<>();
    managers.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                byManager.add(
                    e.getKey() == NO_MANAGER
                        ? new AgingReport.Row(null, null, e.getValue())
                        : new AgingReport.Row(
                            e.getKey(),
                            staff.containsKey(e.getKey()) ? staff.get(e.getKey()).fullName() : null,
                            e.getValue())));
    boolean truncated = accounts.size() > ACCOUNT_ROWS;
    return new AgingReport(
        today,
        total,
        byStore,
        byManager,
        truncated ? accounts.subList(0, ACCOUNT_ROWS) : accounts,
        truncated);
  }

  private Map<Long, String> storeNames(java.util.Set<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, name FROM plt_store WHERE id IN (" + in + ")")
            .getResultList();
    rows.forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
    return names;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, LocalDate today, Long storeId, Long accountManagerId) {
    Query query = em.createNativeQuery(sql);
    LocalDate[] edges = AgingBuckets.edges(today);
    for (int k = 0; k < edges.length; k++) {
      query.setParameter(k + 1, java.sql.Date.valueOf(edges[k]));
    }
    if (storeId != null) {
      query.setParameter(5, storeId);
    }
    if (accountManagerId != null) {
      query.setParameter(6, accountManagerId);
    }
    return query.getResultList();
  }

  private static BigDecimal money(Object value) {
    return value == null
        ? BigDecimal.ZERO.setScale(2)
        : new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
  }

  static Aging plus(Aging a, Aging b) {
    return new Aging(
        a.current().add(b.current()),
        a.days1to30().add(b.days1to30()),
        a.days31to60().add(b.days31to60()),
        a.days61to90().add(b.days61to90()),
        a.over90().add(b.over90()));
  }
}
