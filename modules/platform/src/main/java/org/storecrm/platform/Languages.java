package org.storecrm.platform;

import java.util.List;
import java.util.Locale;

/** The languages every screen and message comes in. */
public final class Languages {
  public static final String ENGLISH = "en";
  public static final String CHINESE = "zh_CN";
  public static final String PATTERN = "en|zh_CN";
  public static final List<String> ALL = List.of(ENGLISH, CHINESE);

  private Languages() {}

  public static Locale toLocale(String language) {
    return CHINESE.equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  /** The supported language closest to a locale (any Chinese variant maps to Simplified). */
  public static String of(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
  }
}
