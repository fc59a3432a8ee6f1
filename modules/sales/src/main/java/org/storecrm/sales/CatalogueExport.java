package org.storecrm.sales;

import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The catalogue as a CSV file (UTF-8 with a byte order mark, so that Excel shows Chinese names; RFC
 * 4180, CRLF): a header, then one row per product in SKU order. The stock column is the caller's
 * store's (empty for head office and for services). The file imports unchanged through {@link
 * CatalogueImport}.
 */
public interface CatalogueExport {
  /** The header's column names, in order. */
  java.util.List<String> columns();

  /** The columns an imported file must have (the others keep a product's values when left out). */
  java.util.List<String> requiredColumns();

  /**
   * Writes the products the filter selects, read from the database in slices so that a catalogue of
   * any size streams in bounded memory. Does not close {@code out}.
   */
  void write(@NotNull ProductFilter filter, @NotNull OutputStream out) throws IOException;
}
