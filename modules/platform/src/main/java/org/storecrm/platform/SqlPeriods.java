package org.storecrm.platform;

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
}
