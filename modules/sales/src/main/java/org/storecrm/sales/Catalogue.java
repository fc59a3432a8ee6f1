package org.storecrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * The chain's catalogue and each store's stock. Everyone reads it; managers and administrators
 * maintain products; store staff count the stock of their own store.
 */
public interface Catalogue {
  /**
   * The sort of a search by words as the counter ranks it: main products first, those in stock in
   * the caller's store first, then by name. Without search words it falls back to SKU order.
   */
  String RELEVANCE = "relevance";

  ProductView create(@NotNull @Valid NewProduct product);

  ProductView update(long id, @NotNull @Valid ProductChanges changes);

  ProductView get(long id);

  /** Sortable by sku, name, price, category, and {@link #RELEVANCE} for a search by words. */
  Page<ProductView> find(@NotNull ProductFilter filter, PageRequest page);

  /**
   * The next {@code size} products the filter selects after {@code afterSku} (null: from the first)
   * in SKU order, with the caller's store's stock: the slices an export reads one after another.
   */
  List<ProductView> slice(@NotNull ProductFilter filter, String afterSku, int size);

  /** Sets the counted stock of the caller's store. */
  ProductView setStock(long productId, @NotNull @Valid StockChange change);

  /**
   * The products with these ids (unknown ids are left out), with the stock of {@code storeId}, or
   * of the caller's store when null; another store than the caller's own is not found.
   */
  List<ProductView> products(@NotNull Collection<Long> ids, Long storeId);

  PricingMix pricingMix();
}
