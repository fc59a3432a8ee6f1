package org.storecrm.bundles.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storecrm.bundles.GiftPackChanges;
import org.storecrm.bundles.GiftPackForm;
import org.storecrm.bundles.GiftPackView;
import org.storecrm.bundles.GiftPacks;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.Category;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.OrderLineView;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.PackSale;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.Submission;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class GiftPackService implements GiftPacks {
  static final String RECORD_TYPE = "GiftPack";

  @PersistenceContext EntityManager em;
  @Inject ChecklistReader reader;
  @Inject Checkout checkout;
  @Inject AuditTrail audit;

  @Override
  public List<GiftPackView> packs() {
    List<GiftPackRecord> packs =
        em.createQuery(
                "select p from GiftPackRecord p where p.status = 'ACTIVE' order by p.price desc, p.id",
                GiftPackRecord.class)
            .getResultList();
    return views(packs);
  }

  @Override
  public GiftPackView get(long id) {
    return views(List.of(load(id))).get(0);
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public List<GiftPackView> all() {
    return views(
        em.createQuery("select p from GiftPackRecord p order by p.id", GiftPackRecord.class)
            .getResultList());
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public GiftPackView create(GiftPackForm form) {
    check(form.forCategory(), form.components(), form.price(), true);
    GiftPackRecord pack =
        new GiftPackRecord(
            form.name(), form.nameZh(), form.price(), form.forCategory(), parts(form.components()));
    em.persist(pack);
    em.flush();
    audit.created(new AuditedRecord(RECORD_TYPE, pack.id(), null), pack.auditState());
    return get(pack.id());
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public GiftPackView update(long id, GiftPackChanges changes) {
    GiftPackRecord pack = load(id);
    if (pack.version() != changes.version()) {
      throw new StaleRecordException(RECORD_TYPE, id);
    }
    check(changes.forCategory(), changes.components(), changes.price(), changes.active());
    Map<String, Object> before = pack.auditState();
    pack.edit(
        changes.name(),
        changes.nameZh(),
        changes.price(),
        changes.forCategory(),
        changes.active(),
        parts(changes.components()));
    em.flush(); // the view carries the version the next edit quotes
    audit.changed(new AuditedRecord(RECORD_TYPE, pack.id(), null), before, pack.auditState());
    return get(pack.id());
  }

  private static List<GiftPackRecord.Part> parts(List<GiftPackForm.Component> components) {
    return components.stream()
        .map(c -> new GiftPackRecord.Part(c.productId(), c.quantity()))
        .toList();
  }

  /**
   * A pack follows a main-product sale (or any), its products are in the catalogue and, while it is
   * on sale, still sold, and its price is at most what they cost one by one.
   */
  private void check(
      Category forCategory,
      List<GiftPackForm.Component> components,
      BigDecimal price,
      boolean active) {
    if (forCategory != null && !forCategory.isMainProduct()) {
      throw RuleViolationException.refused(
          "bundles.notMainCategory", "forCategory", "Packs follow main-product sales");
    }
    Map<Long, ProductView> products =
        reader.products(components.stream().map(GiftPackForm.Component::productId).toList(), null);
    BigDecimal listTotal = BigDecimal.ZERO;
    for (int i = 0; i < components.size(); i++) {
      GiftPackForm.Component c = components.get(i);
      ProductView product = products.get(c.productId());
      if (product == null || (active && !product.active())) {
        throw RuleViolationException.refused(
            "bundles.packProductUnknown",
            "components[" + i + "].productId",
            "Product " + c.productId() + " is not in the catalogue");
      }
      listTotal = listTotal.add(product.price().multiply(BigDecimal.valueOf(c.quantity())));
    }
    if (active && price.compareTo(listTotal) > 0) {
      throw RuleViolationException.refused(
          "bundles.packAboveList",
          "price",
          "The pack's price is more than its products cost one by one (" + listTotal + ")",
          Map.of("listTotal", listTotal.setScale(2)));
    }
  }

  @Override
  public List<GiftPackView> offersAfter(long orderId) {
    OrderView order = checkout.get(orderId);
    Set<Category> mains =
        order.lines().stream()
            .filter(l -> l.category().isMainProduct() && l.returnedQuantity() < l.quantity())
            .map(OrderLineView::category)
            .collect(Collectors.toSet());
    return packs().stream()
        .filter(p -> p.forCategory() == null || mains.contains(p.forCategory()))
        .toList();
  }

  @Override
  public Submission sell(long packId, Sale sale, String idempotencyKey) {
    GiftPackRecord pack = load(packId);
    if (!pack.active()) {
      throw new RecordNotFoundException(RECORD_TYPE, packId);
    }
    return checkout.sellPack(
        new PackSale(
            sale.customerId(),
            pack.id(),
            pack.name(),
            pack.price(),
            sale.quantity() == null ? 1 : sale.quantity(),
            pack.parts().stream()
                .map(p -> new PackSale.Component(p.productId(), p.quantity()))
                .toList(),
            sale.payment(),
            sale.storeId(),
            sale.mainOrderId(),
            sale.accountId()),
        idempotencyKey);
  }

  private List<GiftPackView> views(List<GiftPackRecord> packs) {
    Map<Long, ProductView> products =
        reader.products(
            packs.stream()
                .flatMap(p -> p.parts().stream().map(GiftPackRecord.Part::productId))
                .collect(Collectors.toSet()),
            null);
    List<GiftPackView> views = new ArrayList<>();
    for (GiftPackRecord pack : packs) {
      List<GiftPackView.Component> components = new ArrayList<>();
      BigDecimal listTotal = BigDecimal.ZERO;
      boolean available = true;
      for (GiftPackRecord.Part part : pack.parts()) {
        ProductView p = products.get(part.productId());
        if (p == null) {
          available = false;
          continue;
        }
        listTotal = listTotal.add(p.price().multiply(BigDecimal.valueOf(part.quantity())));
        if (p.category().isStocked() && p.onHand() != null && p.onHand() < part.quantity()) {
          available = false;
        }
        components.add(
            new GiftPackView.Component(
                p.id(), p.sku(), p.name(), p.nameZh(), part.quantity(), p.price(), p.onHand()));
      }
      views.add(
          new GiftPackView(
              pack.id(),
              pack.name(),
              pack.nameZh(),
              pack.price(),
              pack.forCategory(),
              pack.active(),
              components,
              listTotal.setScale(2),
              available,
              pack.version()));
    }
    views.sort(Comparator.comparing(GiftPackView::price).reversed());
    return views;
  }

  private GiftPackRecord load(long id) {
    GiftPackRecord pack = em.find(GiftPackRecord.class, id);
    if (pack == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return pack;
  }
}
