package org.storecrm.services.internal.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Basket;
import org.storecrm.sales.BasketItem;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.CheckoutAdvisor;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.SuggestionKind;
import org.storecrm.services.internal.ServicesSettings;

/**
 * Service-plan offers at checkout: for every device of the basket, each plan on sale that is
 * eligible for its category, dearest margin first, with the reason to buy (the price per day of
 * cover and what a repair costs without it). A business plan (more than one device) is offered
 * once, with the first of at least two eligible devices. Codes are {@code svc:<plan>:<device
 * product>}.
 */
@ApplicationScoped
public class PlansAdvisor implements CheckoutAdvisor {
  static final String BUNDLE = "org.storecrm.services.messages";
  private static final int FIRST_RANK = 40;

  @PersistenceContext EntityManager em;
  @Inject Catalogue catalogue;
  @Inject ServicesSettings settings;
  @Inject CurrentUser user;
  @Inject Clock clock;

  @Override
  public List<Suggestion> advise(List<BasketItem> basket) {
    return advise(new Basket(basket, null, null));
  }

  @Override
  public List<Suggestion> advise(Basket basket) {
    List<BasketItem> devices =
        basket.items().stream().filter(i -> i.category().isMainProduct()).toList();
    if (devices.isEmpty()) {
      return List.of();
    }
    List<ServicePlanRecord> plans =
        em.createQuery(
                "select p from ServicePlanRecord p where p.status = 'ACTIVE' order by p.code",
                ServicePlanRecord.class)
            .getResultList();
    if (plans.isEmpty()) {
      return List.of();
    }
    Map<Long, ProductView> products =
        catalogue.products(plans.stream().map(ServicePlanRecord::productId).toList(), null).stream()
            .filter(ProductView::active)
            .collect(Collectors.toMap(ProductView::id, Function.identity()));
    List<ServicePlanRecord> onSale =
        plans.stream()
            .filter(p -> products.containsKey(p.productId()))
            .sorted(
                Comparator.comparing((ServicePlanRecord p) -> margin(products.get(p.productId())))
                    .reversed()
                    .thenComparing(ServicePlanRecord::code))
            .toList();
    Locale locale = user.locale();
    boolean chinese = "zh".equals(locale.getLanguage());
    LocalDate today = LocalDate.now(clock);
    List<Suggestion> suggestions = new ArrayList<>();
    for (BasketItem device : devices) {
      int rank = FIRST_RANK;
      for (ServicePlanRecord plan : onSale) {
        if (!plan.categories().contains(device.category())) {
          continue;
        }
        if (plan.deviceLimit() > 1 && !firstOfSeveral(device, devices, plan)) {
          continue;
        }
        ProductView product = products.get(plan.productId());
        suggestions.add(
            new Suggestion(
                "svc:" + plan.code() + ":" + device.productId(),
                device.productId(),
                SuggestionKind.SERVICE_PLAN,
                product.id(),
                cut(product.nameIn(chinese), 80),
                cut(reason(plan, product.price(), device.price(), today, locale), 300),
                rank++));
      }
    }
    return suggestions;
  }

  /** A business plan goes with the first of at least two devices it is eligible for. */
  private static boolean firstOfSeveral(
      BasketItem device, List<BasketItem> devices, ServicePlanRecord plan) {
    List<BasketItem> eligible =
        devices.stream().filter(d -> plan.categories().contains(d.category())).toList();
    int units = eligible.stream().mapToInt(BasketItem::quantity).sum();
    return units >= 2 && eligible.get(0) == device;
  }

  /**
   * The reason to buy the plan today, in {@code locale}: its price per day, a repair without it.
   */
  String reason(
      ServicePlanRecord plan,
      BigDecimal price,
      BigDecimal devicePrice,
      LocalDate today,
      Locale locale) {
    long days = PlanOffers.days(today, plan.termMonths(), settings.lifetimeRefundMonths());
    BigDecimal perDay = PlanOffers.perDay(price, days);
    String term =
        plan.termMonths() == null
            ? Texts.format(BUNDLE, "plans.lifetime", locale)
            : Texts.format(BUNDLE, "plans.months", locale, plan.termMonths());
    String repair =
        devicePrice == null
            ? ""
            : Texts.format(
                BUNDLE,
                "offer.repair." + plan.coverage().name(),
                locale,
                PlanOffers.repairCost(devicePrice, settings.repairShare(plan.coverage()))
                    .toPlainString());
    return Texts.format(
            BUNDLE,
            plan.termMonths() == null ? "offer.reasonLifetime" : "offer.reason",
            locale,
            perDay.toPlainString(),
            term,
            Texts.format(BUNDLE, plan.onSite() ? "plans.onSite" : "plans.carryIn", locale),
            settings.lifetimeRefundMonths())
        + " "
        + repair;
  }

  private static BigDecimal margin(ProductView product) {
    return product.price().subtract(product.cost());
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
