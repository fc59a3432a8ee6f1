package org.storecrm.sales;

import java.util.List;

/**
 * A fault of one row of an imported file. {@code row} is the row's number in the file (the header
 * is row 1, as a spreadsheet numbers it); {@code column} the column's name in the header, or null
 * when the fault concerns the whole row or file; {@code code} a message key of the sales bundle
 * whose arguments are {@code arguments}; {@code message} the same in English.
 */
public record RowError(
    int row, String column, String code, String value, List<String> arguments, String message) {
  public RowError {
    arguments = List.copyOf(arguments);
  }
}
