package org.storecrm.bundles.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storecrm.bundles.ChecklistEntryView;
import org.storecrm.sales.ProductView;

/**
 * Ranks a main product's checklist entries for the counter. An entry one of whose products is in
 * the basket already names that product (the consultant typed the memory card's SKU before the
 * checklist was answered: the order records the entry ACCEPTED, and the counter does not offer a
 * second card). Otherwise an entry whose family the customer bought recently (by SKU) is left out
 * (never suggest what they bought last month), and of each remaining family the product offered is
 * the one in stock with the best margin. Entries then go in-stock first, families the customer does
 * not own yet before those they own, best margin first, and in the manager's order when all else is
 * equal.
 */
final class AdviceRanking {
  private AdviceRanking() {}

  /** One entry with the product to offer for it. */
  record Ranked(ChecklistEntryView entry, ProductView product, boolean inStock, boolean owned) {}

  static List<Ranked> rank(
      List<ChecklistEntryView> entries,
      String mainBrand,
      Map<Long, ProductView> products,
      Set<String> recentlyBought,
      Set<String> owned,
      Set<Long> inBasket) {
    List<Ranked> ranked = new ArrayList<>();
    for (ChecklistEntryView entry : entries) {
      if (entry.forBrand() != null
          && !entry.forBrand().isBlank()
          && !entry.forBrand().equalsIgnoreCase(Objects.requireNonNullElse(mainBrand, ""))) {
        continue;
      }
      List<ProductView> members =
          entry.productIds().stream().map(products::get).filter(Objects::nonNull).toList();
      Comparator<ProductView> bestFirst =
          Comparator.comparing((ProductView p) -> !inStock(p))
              .thenComparing(AdviceRanking::margin, Comparator.reverseOrder())
              .thenComparingLong(ProductView::id);
      Optional<ProductView> best =
          members.stream().filter(p -> inBasket.contains(p.id())).min(bestFirst);
      if (best.isEmpty()) {
        if (members.stream().map(ProductView::sku).anyMatch(recentlyBought::contains)) {
          continue;
        }
        best = members.stream().filter(ProductView::active).min(bestFirst);
      }
      best.ifPresent(
          p ->
              ranked.add(
                  new Ranked(
                      entry,
                      p,
                      inStock(p),
                      members.stream().map(ProductView::sku).anyMatch(owned::contains))));
    }
    ranked.sort(
        Comparator.comparing((Ranked r) -> !r.inStock())
            .thenComparing(Ranked::owned)
            .thenComparing(r -> margin(r.product()), Comparator.reverseOrder())
            .thenComparingInt(r -> r.entry().position())
            .thenComparingLong(r -> r.entry().id()));
    return ranked;
  }

  /** Unknown stock (a head-office caller without a store, or a service) counts as in stock. */
  static boolean inStock(ProductView product) {
    return !product.category().isStocked() || product.onHand() == null || product.onHand() > 0;
  }

  static BigDecimal margin(ProductView product) {
    return product.price().subtract(product.cost());
  }
}
