package org.storecrm.bundles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storecrm.bundles.ChecklistEntryView;
import org.storecrm.customers.Classifications;
import org.storecrm.customers.OwnedProduct;
import org.storecrm.platform.CurrentUser;
import org.storecrm.sales.Basket;
import org.storecrm.sales.BasketItem;
import org.storecrm.sales.CheckoutAdvisor;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.SuggestionKind;

/**
 * The attach checklist at the counter: for every main product of the basket, its category's entries
 * that fit it, ranked by {@link AdviceRanking}. Codes are {@code bun:<entry>:<product>}, so the
 * answers stay valid when the offered member of a family changes with the stock.
 */
@ApplicationScoped
public class BundlesAdvisor implements CheckoutAdvisor {
  static final int MAX_TEXT = 80;

  @Inject ChecklistReader checklists;
  @Inject Classifications classifications;
  @Inject CurrentUser user;
  @Inject Clock clock;

  @Inject BundlesSettings settings;

  @Override
  public List<Suggestion> advise(List<BasketItem> basket) {
    return advise(new Basket(basket, null, null));
  }

  @Override
  public List<Suggestion> advise(Basket basket) {
    List<BasketItem> mains =
        basket.items().stream().filter(i -> i.category().isMainProduct()).toList();
    if (mains.isEmpty()) {
      return List.of();
    }
    List<ChecklistEntryView> entries =
        checklists
            .entries(mains.stream().map(BasketItem::category).collect(Collectors.toSet()))
            .stream()
            .map(ChecklistEntryRecord::toView)
            .toList();
    if (entries.isEmpty()) {
      return List.of();
    }
    // The entries' member products and the basket's main products (for their brand) in one call:
    // the ranking looks up members only, so the main products in the same map change nothing.
    Set<Long> ids = new HashSet<>();
    entries.forEach(e -> ids.addAll(e.productIds()));
    mains.forEach(m -> ids.add(m.productId()));
    Map<Long, ProductView> products = checklists.products(ids, basket.storeId());
    Set<String> recent = new HashSet<>();
    Set<String> owned = new HashSet<>();
    ownership(basket.customerId(), recent, owned);
    Set<Long> inBasket =
        basket.items().stream().map(BasketItem::productId).collect(Collectors.toSet());
    boolean chinese = "zh".equals(user.locale().getLanguage());
    List<Suggestion> suggestions = new ArrayList<>();
    for (BasketItem main : mains) {
      ProductView mainProduct = products.get(main.productId());
      List<ChecklistEntryView> own =
          entries.stream().filter(e -> e.category() == main.category()).toList();
      List<AdviceRanking.Ranked> ranked =
          AdviceRanking.rank(
              own,
              mainProduct == null ? null : mainProduct.brand(),
              products,
              recent,
              owned,
              inBasket);
      for (int i = 0; i < ranked.size(); i++) {
        AdviceRanking.Ranked r = ranked.get(i);
        suggestions.add(
            new Suggestion(
                "bun:" + r.entry().id() + ":" + main.productId(),
                main.productId(),
                SuggestionKind.ACCESSORY,
                r.product().id(),
                cut(r.entry().familyIn(chinese) + ": " + r.product().nameIn(chinese), MAX_TEXT),
                cut(r.entry().talkingPointIn(chinese), 300),
                10 + i));
      }
    }
    return suggestions;
  }

  /**
   * What the customer owns: products acquired within the configured days (left out), and earlier
   * ones (ranked later), whoever sells (technicians at the counter too).
   */
  private void ownership(Long customerId, Set<String> recent, Set<String> owned) {
    if (customerId == null) {
      return;
    }
    Instant since = clock.instant().minus(settings.recentPurchase());
    for (OwnedProduct product : classifications.ownedProducts(customerId)) {
      owned.add(product.sku());
      if (product.acquiredAt() != null && !product.acquiredAt().isBefore(since)) {
        recent.add(product.sku());
      }
    }
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
