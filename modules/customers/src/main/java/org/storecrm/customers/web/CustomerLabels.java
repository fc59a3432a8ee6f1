package org.storecrm.customers.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.storecrm.platform.web.api.Texts;

/**
 * Stored codes as the screen's language says them: the outcomes the system writes on the timeline
 * ({@code registered}, {@code booked}, {@code attended}, {@code no-show}) and the card history's
 * fields and values ({@code grade}, {@code BASE/INTENT}). Free text a person typed shows as typed.
 */
@Named
@RequestScoped
public class CustomerLabels {
  @Inject Texts texts;

  /** A timeline outcome: the label of a system outcome code, else the text as entered. */
  public String outcome(String stored) {
    return stored == null ? "" : label("ContactOutcome." + stored, stored);
  }

  /** The name of a history entry's field. */
  public String historyField(String field) {
    return field == null ? "" : label("history.field." + field, field);
  }

  /** A history entry's old or new value, by its field: a grade, or classification/kind. */
  public String historyValue(String field, String value) {
    if (value == null || value.isBlank()) {
      return "–";
    }
    if ("grade".equals(field)) {
      return label("IntentGrade." + value, value);
    }
    if ("classification".equals(field)) {
      String[] parts = value.split("/", 2);
      String classification = label("Classification." + parts[0], parts[0]);
      return parts.length == 1
          ? classification
          : classification + " / " + label("BaseKind." + parts[1], parts[1]);
    }
    return value;
  }

  private String label(String key, String fallback) {
    String text = texts.fromBundle(CustomersMenu.BUNDLE, key);
    return text.equals(key) ? fallback : text;
  }
}
