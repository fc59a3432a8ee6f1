package org.storecrm.accounts;

import java.time.LocalDate;
import java.util.List;

/**
 * Plan vs done per account manager over a period (docs/domain.md, "Visit plans"): the cold visits
 * the daily target asks for against those made, and the accounts the rules made due a visit by the
 * period's end (a visited prospect weekly, clients twice a month) against those visited in it.
 */
public record VisitProgress(LocalDate from, LocalDate to, List<Row> rows) {
  public VisitProgress {
    rows = List.copyOf(rows);
  }

  /**
   * One account manager's period.
   *
   * @param revisitsDue accounts due a visit by the rules on or before the period's last day, as
   *     their last visit before the period left them
   * @param revisitsDone those of them visited in the period
   * @param overduePlanned visits planned for a day of the period already past and not made
   * @param visitsDone every visit made in the period, of any kind
   */
  public record Row(
      long accountManagerId,
      String name,
      int coldTarget,
      long coldDone,
      long revisitsDue,
      long revisitsDone,
      long overduePlanned,
      long visitsDone) {}
}
