package org.storecrm.accounts.internal.receivables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storecrm.accounts.Aging;
import org.storecrm.accounts.AgingReport;

/**
 * The aging report as grouped SQL over the open invoices (the {@code (status, due_on)} and {@code
 * (store_id, status, due_on)} indexes): each bucket a conditional sum by the due date's place among
 * {@link AgingBuckets#edges}, per store, per account manager and per account, so the database does
 * the work however many invoices are open.
 */
@ApplicationScoped
public class AgingQuery {
  /** The accounts with the most open that the report lists (the rest are in the totals). */
  static final int ACCOUNT_ROWS = 500;

  @PersistenceContext EntityManager em;

  private static final String BUCKETS =
      " SUM(CASE WHEN i.due_on >= ?1 THEN i.open_amount ELSE 0 END),"
          + " SUM(CASE WHEN i.due_on < ?1 AND i.due_on >= ?2 THEN i.open_amount ELSE 0 END),"
          + " SUM(CASE WHEN i.due_on < ?2 AND i.due_on >= ?3 THEN i.open_amount ELSE 0 END),"
          + " SUM(CASE WHEN i.due_on < ?3 AND i.due_on >= ?4 THEN i.open_amount ELSE 0 END),"
          + " SUM(CASE WHEN i.due_on < ?4 THEN i.open_amount ELSE 0 END)";

  public AgingReport report(LocalDate today, Long storeId, Long accountManagerId) {
    String where =
        " FROM acc_invoice i JOIN acc_account a ON a.id = i.account_id WHERE i.status = 'OPEN'"
            + (storeId == null ? "" : " AND i.store_id = ?5")
            + (accountManagerId == null ? "" : " AND a.account_manager_id = ?6");
    List<AgingReport.Row> byStore =
        rows(
            "SELECT i.store_id, MAX(s.name),"
                + BUCKETS
                + where.replace(" WHERE", " JOIN plt_store s ON s.id = i.store_id WHERE")
                + " GROUP BY i.store_id ORDER BY i.store_id",
            today,
            storeId,
            accountManagerId,
            0);
    List<AgingReport.Row> byManager =
        rows(
            "SELECT a.account_manager_id, MAX(u.full_name),"
                + BUCKETS
                + where.replace(
                    " WHERE", " LEFT JOIN plt_user u ON u.id = a.account_manager_id WHERE")
                + " GROUP BY a.account_manager_id ORDER BY a.account_manager_id",
            today,
            storeId,
            accountManagerId,
            0);
    List<AgingReport.Row> byAccount =
        rows(
            "SELECT a.id, MAX(a.name),"
                + BUCKETS
                + where
                + " GROUP BY a.id ORDER BY SUM(i.open_amount) DESC, a.id",
            today,
            storeId,
            accountManagerId,
            ACCOUNT_ROWS + 1);
    boolean truncated = byAccount.size() > ACCOUNT_ROWS;
    Aging total = Aging.zero();
    for (AgingReport.Row row : byStore) {
      total = plus(total, row.aging());
    }
    return new AgingReport(
        today,
        total,
        byStore,
        byManager,
        truncated ? byAccount.subList(0, ACCOUNT_ROWS) : byAccount,
        truncated);
  }

  private List<AgingReport.Row> rows(
      String sql, LocalDate today, Long storeId, Long accountManagerId, int limit) {
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
    if (limit > 0) {
      query.setMaxResults(limit);
    }
    List<AgingReport.Row> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      rows.add(
          new AgingReport.Row(
              r[0] == null ? null : ((Number) r[0]).longValue(),
              (String) r[1],
              new Aging(money(r[2]), money(r[3]), money(r[4]), money(r[5]), money(r[6]))));
    }
    return rows;
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
