package org.storecrm.bundles.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storecrm.bundles.AttachChecklists;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.AfterSaleOffer;
import org.storecrm.sales.Category;
import org.storecrm.sales.OrderLineView;
import org.storecrm.sales.OrderView;

/**
 * Puts a "print checklist" link on the receipt for every main product of the sale whose category
 * has an attach checklist: the tick-box sheet (配置单) the customer ticks at the counter.
 */
@ApplicationScoped
public class ChecklistSheetOffers implements AfterSaleOffer {
  @Inject AttachChecklists checklists;
  @Inject Texts texts;
  @Inject CurrentUser user;

  @Override
  public List<Link> offersAfter(OrderView order) {
    Map<Long, OrderLineView> mains = new LinkedHashMap<>();
    order.lines().stream()
        .filter(l -> l.category().isMainProduct() && l.packId() == null)
        .forEach(l -> mains.putIfAbsent(l.productId(), l));
    if (mains.isEmpty()) {
      return List.of();
    }
    Set<Category> withChecklist =
        mains.values().stream()
            .map(OrderLineView::category)
            .distinct()
            .filter(c -> !checklists.checklist(c).isEmpty())
            .collect(Collectors.toSet());
    boolean chinese = "zh".equals(user.locale().getLanguage());
    return mains.values().stream()
        .filter(l -> withChecklist.contains(l.category()))
        .map(
            l ->
                new Link(
                    "checklist-" + l.productId(),
                    texts.fromBundle(BundlesMenu.BUNDLE, "sheet.printFor", l.nameIn(chinese)),
                    "/bundles/checklist-print.xhtml",
                    "productId=" + l.productId()))
        .toList();
  }
}
