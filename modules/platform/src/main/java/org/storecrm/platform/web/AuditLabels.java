package org.storecrm.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.storecrm.platform.MenuContribution;
import org.storecrm.platform.MenuItem;
import org.storecrm.platform.web.api.Texts;

/**
 * Audit entries in words: record types, actions, and the field names and codes inside the stored
 * changes ({@code source: WALK_IN} reads "Source: Walk-in", "来源: 进店"). The labels are those the
 * modules' screens already use, found in every module's message bundle: a field by the key {@code
 * <record>.<field>} (e.g. {@code customer.source}, without a trailing {@code Id}), a code by a key
 * {@code <EnumType>.<CODE>} (or {@code role.<CODE>}). Anything without a label is shown as stored.
 */
@ApplicationScoped
public class AuditLabels {
  private static final String RECORD_PREFIX = "audit.record.";
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*[A-Z0-9]");
  private static final Pattern ENUM_KEY = Pattern.compile("[A-Za-z]+\\.[A-Z][A-Z0-9_]*");

  @Inject Instance<MenuContribution> contributions;

  private final Map<Locale, Labels> byLocale = new ConcurrentHashMap<>();

  /**
   * The record types the modules audit, for the filter: label to code, by label. They are the
   * platform bundle's {@code audit.record.*} keys, where each type's label is kept anyway.
   */
  public Map<String, String> recordTypes(Locale locale) {
    java.util.ResourceBundle messages =
        java.util.ResourceBundle.getBundle(
            Texts.PLATFORM_BUNDLE, locale, Thread.currentThread().getContextClassLoader());
    Map<String, String> types = new java.util.TreeMap<>();
    for (String key : Collections.list(messages.getKeys())) {
      if (key.startsWith(RECORD_PREFIX)) {
        types.put(messages.getString(key), key.substring(RECORD_PREFIX.length()));
      }
    }
    return types;
  }

  public String recordType(String type, Locale locale) {
    return labelOr(RECORD_PREFIX + type, type, locale);
  }

  public String action(String action, Locale locale) {
    return labelOr("audit.action." + action, action, locale);
  }

  private static String labelOr(String key, String fallback, Locale locale) {
    String label = Texts.format(Texts.PLATFORM_BUNDLE, key, locale);
    return label.equals(key) ? fallback : label;
  }

  /** The stored {@code field: value; field: old → new} text with labels for fields and codes. */
  public String changes(String recordType, String changes, Locale locale) {
    return byLocale.computeIfAbsent(locale, this::load).changes(recordType, changes);
  }

  private Labels load(Locale locale) {
    Set<String> bundles = new LinkedHashSet<>();
    bundles.add(Texts.PLATFORM_BUNDLE);
    for (MenuContribution contribution : contributions) {
      contribution.menuItems().stream().map(MenuItem::bundle).forEach(bundles::add);
    }
    Map<String, String> keys = new HashMap<>();
    Map<String, String> codes = new HashMap<>();
    for (String bundle : bundles) {
      java.util.ResourceBundle messages;
      try {
        messages =
            java.util.ResourceBundle.getBundle(
                bundle, locale, Thread.currentThread().getContextClassLoader());
      } catch (java.util.MissingResourceException e) {
        continue;
      }
      for (String key : Collections.list(messages.getKeys())) {
        String value = messages.getString(key);
        keys.putIfAbsent(key, value);
        if (ENUM_KEY.matcher(key).matches()) {
          codes.putIfAbsent(key.substring(key.indexOf('.') + 1), value);
        }
      }
    }
    return new Labels(Map.copyOf(keys), Map.copyOf(codes));
  }

  /** One language's labels: every key of the bundles, and the codes' labels by code. */
  record Labels(Map<String, String> keys, Map<String, String> codes) {
    String changes(String recordType, String changes) {
      if (changes == null || changes.isBlank()) {
        return changes;
      }
      String record =
          recordType.isEmpty()
              ? ""
              : Character.toLowerCase(recordType.charAt(0)) + recordType.substring(1);
      StringBuilder text = new StringBuilder();
      for (String part : changes.split("; ")) {
        if (text.length() > 0) {
          text.append("; ");
        }
        int colon = part.indexOf(": ");
        if (colon <= 0) {
          text.append(part);
          continue;
        }
        text.append(field(record, part.substring(0, colon))).append(": ");
        String[] sides = part.substring(colon + 2).split(" → ", -1);
        for (int i = 0; i < sides.length; i++) {
          if (i > 0) {
            text.append(" → ");
          }
          text.append(code(sides[i]));
        }
      }
      return text.toString();
    }

    private String field(String record, String field) {
      String bare = field.endsWith("Id") ? field.substring(0, field.length() - 2) : field;
      for (String key :
          List.of(record + "." + field, record + "." + bare, "audit.field." + field)) {
        String label = keys.get(key);
        if (label != null) {
          return label;
        }
      }
      return field;
    }

    private String code(String value) {
      return CODE.matcher(value).matches() ? codes.getOrDefault(value, value) : value;
    }
  }
}
