package org.storecrm.sales;

/**
 * The catalogue list's filter: a category, and {@code text} matching a SKU prefix or, word by word
 * in any order and case, parts of the English or Chinese name, brand and SKU ("canon r50");
 * inactive products only when asked for.
 */
public record ProductFilter(Category category, String text, boolean includeInactive) {
  public static ProductFilter all() {
    return new ProductFilter(null, null, false);
  }
}
