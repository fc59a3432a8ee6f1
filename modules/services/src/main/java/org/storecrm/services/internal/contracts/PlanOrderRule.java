package org.storecrm.services.internal.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Category;
import org.storecrm.sales.OrderRule;

/**
 * Checkout's plan rules: a plan line names the serial of an eligible device of the sale (up to the
 * plan's device limit for a business plan); refused at the field, in the caller's language.
 */
@ApplicationScoped
public class PlanOrderRule implements OrderRule {
  @Inject ContractBook book;
  @Inject CurrentUser user;
  @PersistenceContext EntityManager em;

  @Override
  public List<Refusal> check(Draft order) {
    Map<Long, ServicePlanRecord> plans =
        book.plansByProduct(order.lines().stream().map(Line::productId).toList());
    if (plans.isEmpty()) {
      return List.of();
    }
    Map<Long, PlanLineRules.Plan> rules =
        plans.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e ->
                        new PlanLineRules.Plan(
                            e.getValue().code(),
                            e.getValue().deviceLimit(),
                            Set.copyOf(e.getValue().categories()))));
    Locale locale = user.locale();
    // A plan may cover a device sold earlier by this store whose plan offer is still open.
    List<String> planSerials =
        order.lines().stream()
            .filter(l -> plans.containsKey(l.productId()))
            .flatMap(l -> l.serials().stream())
            .toList();
    Map<String, Category> offeredDevices =
        PlanOfferSales.open(em, planSerials, order.storeId()).stream()
            .collect(
                Collectors.toMap(
                    PlanOfferRecord::serial, PlanOfferRecord::deviceCategory, (a, b) -> a));
    return PlanLineRules.check(
            order.lines().stream()
                .map(
                    l ->
                        new PlanLineRules.Line(
                            l.index(), l.productId(), l.category(), l.quantity(), l.serials()))
                .toList(),
            rules,
            offeredDevices)
        .stream()
        .map(
            r -> {
              String text = Texts.format(PlansAdvisor.BUNDLE, r.key(), locale);
              return new Refusal(r.field(), r.key(), text.equals(r.key()) ? r.message() : text);
            })
        .toList();
  }
}
