package org.storecrm.sales.rest;

import java.util.List;
import org.storecrm.sales.ImportAction;
import org.storecrm.sales.ImportReport;

/**
 * What an import did, or would do on a dry run: counts, and the rows that create or change a
 * product with the fields they change.
 */
public record ImportSummary(
    boolean dryRun, int rows, int created, int updated, int unchanged, List<Change> changes) {

  /** A row that creates ({@code NEW}) or changes ({@code UPDATE}) a product. */
  public record Change(int row, String sku, ImportAction action, List<String> fields) {}

  static ImportSummary of(boolean dryRun, ImportReport report) {
    return new ImportSummary(
        dryRun,
        report.rows(),
        report.created(),
        report.updated(),
        report.unchanged(),
        report.items().stream()
            .filter(item -> item.action() != ImportAction.UNCHANGED)
            .map(item -> new Change(item.row(), item.sku(), item.action(), item.changes()))
            .toList());
  }
}
