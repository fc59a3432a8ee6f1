package org.storecrm.sales;

/**
 * Which slow sellers to list: of one store ({@code storeId}, head office only; store staff always
 * see their own store, and head office without a store sees the whole chain), of a category, and
 * {@code text} matching a SKU prefix or any part of either name.
 */
public record SlowSellerFilter(Long storeId, Category category, String text) {
  public static SlowSellerFilter all() {
    return new SlowSellerFilter(null, null, null);
  }
}
