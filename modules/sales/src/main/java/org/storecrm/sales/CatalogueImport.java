package org.storecrm.sales;

import jakarta.validation.constraints.NotNull;

/**
 * Imports the catalogue from a CSV file in the export's format (managers and head office): new SKUs
 * become products, known ones are updated, and a row may count the caller's store's stock. Either
 * every row is applied, in one transaction, or, when any row is wrong, none is.
 */
public interface CatalogueImport {
  /**
   * Parses and checks the file against the catalogue without changing anything: the preview and the
   * faults. {@code csv} is UTF-8 (a byte order mark is fine) or GB18030 (Excel on a Chinese
   * Windows).
   */
  ImportReport check(@NotNull byte[] csv);

  /**
   * Checks the file and, when it has no fault, applies every row in this one transaction (audited
   * like edits). A file with faults is refused ({@code RuleViolationException} {@code
   * sales.importInvalid} whose {@code rowErrors} detail lists them) and nothing is written.
   */
  ImportReport apply(@NotNull byte[] csv);

  /** The largest file accepted, in bytes ({@code storecrm.sales.import.max-rows} rows of 1 KiB). */
  int maxBytes();
}
