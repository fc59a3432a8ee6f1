package org.storecrm.platform;

import java.util.List;
import java.util.Locale;

/**
 * The languages every screen and message comes in, and the one place that reads a language tag.
 * StoreCRM answers every language as {@code en} or {@code zh_CN}; it accepts those and the BCP 47
 * tags HTTP clients and browsers send ({@code en-US}, {@code zh-CN}, {@code zh-Hans}, {@code
 * zh-Hans-CN}, case and {@code -}/{@code _} as they come).
 */
public final class Languages {
  public static final String ENGLISH = "en";
  public static final String CHINESE = "zh_CN";
  public static final String PATTERN = "en|zh_CN";
  public static final List<String> ALL = List.of(ENGLISH, CHINESE);

  /** What the API documents for a language member: the accepted tags and the answered form. */
  public static final String DESCRIPTION =
      "en or zh_CN (Simplified Chinese), as StoreCRM answers it; BCP 47 tags are accepted too:"
          + " en-US, en-GB, zh, zh-CN, zh-SG, zh-Hans, zh-Hans-CN (any case, - or _)";

  private Languages() {}

  public static Locale toLocale(String language) {
    return CHINESE.equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  /**
   * The supported language closest to a locale (any Chinese variant maps to Simplified). A browser
   * header written the Java way ({@code Accept-Language: zh_CN}) reaches us as the language {@code
   * zh_cn}, so that counts as Chinese too.
   */
  public static String of(Locale locale) {
    if (locale == null) {
      return ENGLISH;
    }
    String language = locale.getLanguage();
    return "zh".equals(language) || language.startsWith("zh_") || language.startsWith("zh-")
        ? CHINESE
        : ENGLISH;
  }

  /** Of a text kept in both forms, the one for this locale: the Chinese form when there is one. */
  public static String pick(Locale locale, String latin, String chinese) {
    return chinese != null && CHINESE.equals(of(locale)) ? chinese : latin;
  }

  /**
   * A language tag as StoreCRM stores and answers it: {@code en} for English in any region, {@code
   * zh_CN} for Simplified Chinese ({@code zh}, {@code zh-CN}, {@code zh-SG}, {@code zh-Hans},
   * {@code zh-Hans-CN}…). Anything else (Traditional Chinese, another language, blank) comes back
   * unchanged, so that validation refuses it naming the value that was sent; null stays null.
   */
  public static String normalize(String tag) {
    if (tag == null) {
      return null;
    }
    String trimmed = tag.trim();
    if (trimmed.isEmpty()) {
      return tag;
    }
    Locale locale = Locale.forLanguageTag(trimmed.replace('_', '-'));
    String language = locale.getLanguage();
    if ("en".equals(language)) {
      return ENGLISH;
    }
    if ("zh".equals(language) && simplified(locale.getScript(), locale.getCountry())) {
      return CHINESE;
    }
    return tag;
  }

  private static boolean simplified(String script, String region) {
    if (!script.isEmpty()) {
      return "Hans".equals(script);
    }
    return region.isEmpty() || "CN".equals(region) || "SG".equals(region);
  }
}
