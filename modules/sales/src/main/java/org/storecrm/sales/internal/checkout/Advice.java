package org.storecrm.sales.internal.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storecrm.sales.Basket;
import org.storecrm.sales.BasketItem;
import org.storecrm.sales.CheckoutAdvisor;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.SuggestionKind;
import org.storecrm.sales.internal.SalesSettings;
import org.storecrm.sales.internal.catalogue.Product;

/**
 * The suggestions for a basket: every advisor's (bundles, services), plus the sales module's own
 * step-ups from traffic products to in-stock mainstream or resource products of the same category,
 * dearest first ("high price before low, in stock before to-order").
 */
@ApplicationScoped
public class Advice {
  @Inject Instance<CheckoutAdvisor> advisors;
  @PersistenceContext EntityManager em;
  @Inject SalesSettings settings;

  /** One product of the basket. */
  record Item(Product product, int quantity) {}

  List<Suggestion> forBasket(List<Item> items, Optional<Long> storeId, Long customerId) {
    List<BasketItem> basket =
        items.stream()
            .map(
                i ->
                    new BasketItem(
                        i.product().id(),
                        i.product().sku(),
                        i.product().name(),
                        i.product().category(),
                        i.quantity(),
                        i.product().price()))
            .toList();
    Map<String, Suggestion> byCode = new LinkedHashMap<>();
    List<Suggestion> fromAdvisors = new ArrayList<>();
    for (CheckoutAdvisor advisor : advisors) {
      List<Suggestion> advised =
          advisor.advise(new Basket(basket, customerId, storeId.orElse(null)));
      if (advised != null) {
        fromAdvisors.addAll(advised);
      }
    }
    fromAdvisors.stream()
        .sorted(Comparator.comparingInt(Suggestion::rank))
        .forEach(s -> byCode.putIfAbsent(s.code(), s));
    for (Item item : items) {
      if (item.product().pricingRole() == PricingRole.TRAFFIC) {
        for (Product alternative : steerUps(item.product(), storeId)) {
          Suggestion steerUp =
              new Suggestion(
                  "steer-up:" + item.product().id() + ":" + alternative.id(),
                  item.product().id(),
                  SuggestionKind.STEER_UP,
                  alternative.id(),
                  alternative.sku() + " " + alternative.name(),
                  alternative.nameZh(),
                  0);
          byCode.putIfAbsent(steerUp.code(), steerUp);
        }
      }
    }
    return List.copyOf(byCode.values());
  }

  private List<Product> steerUps(Product traffic, Optional<Long> storeId) {
    String inStock =
        storeId.isPresent()
            ? " and exists (select s from Stock s where s.productId = p.id"
                + " and s.storeId = :store and s.onHand > 0)"
            : "";
    var query =
        em.createQuery(
                "select p from Product p where p.category = :category and p.status = 'ON_SALE'"
                    + " and p.pricingRole <> :traffic and p.id <> :id"
                    + inStock
                    + " order by p.price desc, p.id",
                Product.class)
            .setParameter("category", traffic.category())
            .setParameter("traffic", PricingRole.TRAFFIC)
            .setParameter("id", traffic.id());
    storeId.ifPresent(store -> query.setParameter("store", store));
    return query
        .setHint("eclipselink.read-only", "true")
        .setMaxResults(settings.steerUpAlternatives())
        .getResultList();
  }
}
