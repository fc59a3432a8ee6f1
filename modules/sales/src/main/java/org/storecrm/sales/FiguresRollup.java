package org.storecrm.sales;

/**
 * The monthly rollup behind {@link SalesFigures#attach}: closed months (and days) are computed once
 * and kept, so that reports over many months stay fast on tens of millions of order lines. It only
 * ever saves time: a month not (yet) rolled up, or changed since, is read from the order lines.
 */
public interface FiguresRollup {
  /**
   * Computes the closed months of the last two years that are missing or changed since they were
   * computed, and the current month up to the start of today (administrators; the hourly job does
   * the same).
   */
  RollupReport refresh();

  /**
   * @param monthsComputed months read from the order lines and stored in this run
   * @param monthsCurrent months that were up to date already
   * @param rows rollup rows written
   * @param millis the run's duration
   */
  record RollupReport(int monthsComputed, int monthsCurrent, long rows, long millis) {}
}
