package org.storecrm.sales;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.platform.RuleViolationException;

/**
 * The outcome of checking or importing a catalogue file: how many product rows it has and what they
 * do, the rows themselves (in file order) and every fault found. A file with any fault imports
 * nothing; {@code applied} tells whether the rows were written.
 */
public record ImportReport(
    boolean applied,
    int rows,
    int created,
    int updated,
    int unchanged,
    List<ImportRow> items,
    List<RowError> errors) {
  public ImportReport {
    items = List.copyOf(items);
    errors = List.copyOf(errors);
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  /**
   * The refusal of a file with faults: {@code sales.importInvalid} (HTTP 422) whose {@code
   * rowErrors} detail lists every fault as {@code {row, column?, code, value?, message}}.
   */
  public RuleViolationException refusal() {
    List<Map<String, Object>> rowErrors =
        errors.stream()
            .map(
                e -> {
                  Map<String, Object> member = new LinkedHashMap<>();
                  member.put("row", e.row());
                  if (e.column() != null) {
                    member.put("column", e.column());
                  }
                  member.put("code", e.code());
                  if (e.value() != null) {
                    member.put("value", e.value());
                  }
                  member.put("message", e.message());
                  return member;
                })
            .toList();
    return RuleViolationException.refused(
        "sales.importInvalid",
        null,
        "The file has "
            + (errors.size() == 1 ? "1 fault" : errors.size() + " faults")
            + ": nothing was imported",
        Map.of("rowErrors", rowErrors));
  }
}
