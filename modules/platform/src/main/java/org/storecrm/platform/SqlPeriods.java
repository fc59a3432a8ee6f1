package org.storecrm.platform;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** SQL for reports that group a range into consecutive periods (months of a year, and so on). */
public final class SqlPeriods {
  private SqlPeriods() {}

  /**
   * The number (0 to periods − 1) of the period a timestamp column falls in, as a SQL expression
   * over positional parameters: the inner boundaries are bound from {@code firstBoundary} on, in
   * order. Reports fold it in a derived table and group by it as a column (H2 does not group an
   * expression holding parameters).
   */
  public static String number(String column, int firstBoundary, int periods) {
    if (periods == 1) {
      return "0";
    }
    StringBuilder sql = new StringBuilder("(CASE");
    for (int i = 1; i < periods; i++) {
      sql.append(" WHEN ")
          .append(column)
          .append(" < ?")
          .append(firstBoundary + i - 1)
          .append(" THEN ")
          .append(i - 1);
    }
    return sql.append(" ELSE ").append(periods - 1).append(" END)").toString();
  }

  /**
   * Binds a periods query's parameters: ?1 the range's start and ?2 its end (the first and last
   * boundaries), ?3 the store when one is named, then the inner boundaries; returns the number of
   * the first inner boundary's parameter, for {@link #number}.
   */
  public static int bind(Query query, List<Instant> boundaries, Optional<Long> store) {
    int periods = boundaries.size() - 1;
    query.setParameter(1, boundaries.get(0).atOffset(ZoneOffset.UTC));
    query.setParameter(2, boundaries.get(periods).atOffset(ZoneOffset.UTC));
    store.ifPresent(id -> query.setParameter(3, id));
    int firstInner = firstBoundary(store.isPresent());
    for (int i = 1; i < periods; i++) {
      query.setParameter(firstInner + i - 1, boundaries.get(i).atOffset(ZoneOffset.UTC));
    }
    return firstInner;
  }

  /** The parameter number of the first inner boundary {@link #bind} binds. */
  public static int firstBoundary(boolean oneStore) {
    return oneStore ? 4 : 3;
  }
}
