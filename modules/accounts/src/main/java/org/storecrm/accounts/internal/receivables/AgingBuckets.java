package org.storecrm.accounts.internal.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.storecrm.accounts.Aging;

/**
 * The aging buckets (docs/domain.md, "Receivables"): an open amount is current until its due date
 * has passed, then 1–30, 31–60, 61–90 and over 90 days overdue. The database groups by the same
 * edges ({@link #edges}), so the report and a statement always agree.
 */
public final class AgingBuckets {
  private AgingBuckets() {}

  /** 0 current, 1 for 1–30, 2 for 31–60, 3 for 61–90, 4 for over 90 days overdue. */
  public static int bucket(LocalDate dueOn, LocalDate today) {
    long days = DueDates.daysOverdue(dueOn, today);
    if (days == 0) {
      return 0;
    }
    if (days <= 30) {
      return 1;
    }
    if (days <= 60) {
      return 2;
    }
    return days <= 90 ? 3 : 4;
  }

  /**
   * The due dates that start buckets 1–4 as of today: an invoice is in bucket k when its due date
   * is before edges[k-1] and not before edges[k] (edges[4] open-ended).
   */
  public static LocalDate[] edges(LocalDate today) {
    return new LocalDate[] {today, today.minusDays(30), today.minusDays(60), today.minusDays(90)};
  }

  /** Adds an open amount into its bucket. */
  public static Aging add(Aging aging, LocalDate dueOn, LocalDate today, BigDecimal open) {
    return switch (bucket(dueOn, today)) {
      case 0 ->
          new Aging(
              aging.current().add(open),
              aging.days1to30(),
              aging.days31to60(),
              aging.days61to90(),
              aging.over90());
      case 1 ->
          new Aging(
              aging.current(),
              aging.days1to30().add(open),
              aging.days31to60(),
              aging.days61to90(),
              aging.over90());
      case 2 ->
          new Aging(
              aging.current(),
              aging.days1to30(),
              aging.days31to60().add(open),
              aging.days61to90(),
              aging.over90());
      case 3 ->
          new Aging(
              aging.current(),
              aging.days1to30(),
              aging.days31to60(),
              aging.days61to90().add(open),
              aging.over90());
      default ->
          new Aging(
              aging.current(),
              aging.days1to30(),
              aging.days31to60(),
              aging.days61to90(),
              aging.over90().add(open));
    };
  }
}
