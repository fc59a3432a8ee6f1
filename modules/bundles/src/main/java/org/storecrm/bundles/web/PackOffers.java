package org.storecrm.bundles.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.storecrm.bundles.GiftPacks;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.AfterSaleOffer;
import org.storecrm.sales.OrderView;

/** Puts the gift packs that suit a closed sale on its receipt. */
@ApplicationScoped
public class PackOffers implements AfterSaleOffer {
  @Inject GiftPacks packs;
  @Inject Texts texts;

  @Override
  public List<Link> offersAfter(OrderView order) {
    int count = packs.offersAfter(order.id()).size();
    if (count == 0 || order.lines().stream().allMatch(l -> l.packId() != null)) {
      return List.of();
    }
    return List.of(
        new Link(
            "giftPacks",
            texts.fromBundle(BundlesMenu.BUNDLE, "packs.offer", count),
            "/bundles/packs.xhtml",
            "orderId=" + order.id()));
  }
}
