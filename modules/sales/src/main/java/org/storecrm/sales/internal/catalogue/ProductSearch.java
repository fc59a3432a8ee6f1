package org.storecrm.sales.internal.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storecrm.platform.CriteriaPages;

/**
 * How a product search text finds products, for the catalogue list, the counter and slow sellers
 * alike: a product matches when every word of the text is part of its {@code search_key} (English
 * name, Chinese name, brand and SKU, any case, in any order), or when the whole text starts its SKU
 * (which the SKU index serves). "canon r50", "佳能 R50", "r50" and "EOS" all find the Canon EOS R50.
 */
final class ProductSearch {
  /** The words beyond these are ignored, which keeps the query's LIKE terms few. */
  static final int MAX_WORDS = 6;

  /** Any whitespace, the ideographic space of a Chinese keyboard included. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private ProductSearch() {}

  /** The text's words, lower-cased, at most {@link #MAX_WORDS}; none for a blank text. */
  static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(SPACES.split(text))
        .filter(word -> !word.isEmpty())
        .limit(MAX_WORDS)
        .map(word -> word.toLowerCase(Locale.ROOT))
        .toList();
  }

  /**
   * One "contains" LIKE pattern per word, for {@code search_key}, escaped for {@link
   * CriteriaPages#LIKE_ESCAPE}; a product matches when it matches them all.
   */
  static List<String> wordPatterns(String text) {
    return words(text).stream().map(CriteriaPages::containsPattern).toList();
  }

  /** The "starts with" LIKE pattern of the whole text for the (upper-case) SKU. */
  static String skuPattern(String text) {
    return CriteriaPages.prefixPattern(text.trim().toUpperCase(Locale.ROOT));
  }
}
