package org.storecrm.services.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.ReceiptSection;
import org.storecrm.services.PlanOfferView;
import org.storecrm.services.ServicePlanOffers;

/**
 * Prints the order's open plan offers on its receipt, in the receipt's language: for each device
 * sold without a plan, the plans that fit it, their price and the reason to buy (price per day of
 * cover, a repair without it), so that the offer can still be taken after the sale.
 */
@ApplicationScoped
public class PlanOfferReceipt implements ReceiptSection {
  @Inject ServicePlanOffers offers;

  @Override
  public List<Block> sectionsFor(OrderView order, Locale locale) {
    List<PlanOfferView> open = offers.openForOrder(order.id(), locale);
    boolean chinese = "zh".equals(locale.getLanguage());
    List<String> lines = new ArrayList<>();
    for (PlanOfferView offer : open) {
      String device =
          order.lines().stream()
              .filter(l -> l.id() == offer.orderLineId())
              .map(l -> l.nameIn(chinese))
              .findFirst()
              .orElse("");
      for (PlanOfferView.Plan plan : offer.plans()) {
        lines.add(
            Texts.format(
                ServicesMenu.BUNDLE,
                "receipt.planOffer",
                locale,
                device,
                offer.serial(),
                plan.name(),
                plan.price().setScale(2).toPlainString(),
                plan.reason()));
      }
    }
    if (lines.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Block(
            "plan-offers", Texts.format(ServicesMenu.BUNDLE, "receipt.planOffers", locale), lines));
  }
}
