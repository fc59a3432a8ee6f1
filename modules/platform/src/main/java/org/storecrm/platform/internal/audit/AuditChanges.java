package org.storecrm.platform.internal.audit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/** Renders audit states as a compact, readable text: {@code field: old → new; …}. */
final class AuditChanges {
  private AuditChanges() {}

  static String describeState(Map<String, ?> state) {
    StringJoiner text = new StringJoiner("; ");
    state.forEach((field, value) -> text.add(field + ": " + render(value)));
    return text.toString();
  }

  /** The fields that differ, or an empty string when nothing changed. */
  static String describeDifferences(Map<String, ?> before, Map<String, ?> after) {
    Set<String> fields = new LinkedHashSet<>(before.keySet());
    fields.addAll(after.keySet());
    StringJoiner text = new StringJoiner("; ");
    for (String field : fields) {
      Object old = before.get(field);
      Object now = after.get(field);
      if (!Objects.equals(old, now)) {
        text.add(field + ": " + render(old) + " → " + render(now));
      }
    }
    return text.toString();
  }

  private static String render(Object value) {
    return value == null ? "∅" : value.toString();
  }
}
