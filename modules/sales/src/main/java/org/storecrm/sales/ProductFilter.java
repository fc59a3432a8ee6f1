package org.storecrm.sales;

/**
 * The catalogue list's filter: a category, and {@code text} matching a SKU prefix or any part of
 * either name; inactive products only when asked for.
 */
public record ProductFilter(Category category, String text, boolean includeInactive) {
  public static ProductFilter all() {
    return new ProductFilter(null, null, false);
  }
}
