package org.storecrm.bundles.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.bundles.AttachChecklists;
import org.storecrm.bundles.ChecklistEntryForm;
import org.storecrm.bundles.ChecklistEntryView;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.Category;
import org.storecrm.sales.ProductView;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class ChecklistService implements AttachChecklists {
  static final String RECORD_TYPE = "ChecklistEntry";

  @PersistenceContext EntityManager em;
  @Inject Catalogue catalogue;
  @Inject AuditTrail audit;
  @Inject ChecklistReader reader;

  @Override
  public List<ChecklistEntryView> checklist(Category category) {
    return reader.entries(Set.of(category)).stream().map(ChecklistEntryRecord::toView).toList();
  }

  @Override
  public ChecklistEntryView get(long id) {
    return load(id).toView();
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public ChecklistEntryView create(ChecklistEntryForm form) {
    check(form);
    List<ChecklistEntryRecord> existing = reader.entries(Set.of(form.category()));
    int last = existing.isEmpty() ? 0 : existing.get(existing.size() - 1).position();
    int position = form.position() == null ? last + 1 : form.position();
    ChecklistEntryRecord.makeRoom(existing, position, null);
    ChecklistEntryRecord entry = new ChecklistEntryRecord(form.category(), position);
    entry.edit(form);
    em.persist(entry);
    em.flush();
    audit.created(new AuditedRecord(RECORD_TYPE, entry.id(), null), entry.auditState());
    return entry.toView();
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public ChecklistEntryView update(long id, ChecklistEntryForm form) {
    ChecklistEntryRecord entry = load(id);
    if (entry.version() != form.version()) {
      throw new StaleRecordException(RECORD_TYPE, id);
    }
    check(form);
    if (form.category() != entry.category()) {
      throw RuleViolationException.refused(
          "bundles.categoryFixed",
          "category",
          "An entry stays in its category; delete it and create it in the other one");
    }
    Map<String, Object> before = entry.auditState();
    if (form.position() != null && form.position() != entry.position()) {
      ChecklistEntryRecord.makeRoom(
          reader.entries(Set.of(entry.category())), form.position(), entry);
      entry.moveTo(form.position());
    }
    entry.edit(form);
    em.flush();
    audit.changed(new AuditedRecord(RECORD_TYPE, id, null), before, entry.auditState());
    return entry.toView();
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public void delete(long id) {
    ChecklistEntryRecord entry = load(id);
    Map<String, Object> state = entry.auditState();
    em.remove(entry);
    audit.deleted(new AuditedRecord(RECORD_TYPE, id, null), state);
  }

  @Override
  public List<SheetLine> sheet(long productId) {
    ProductView main = catalogue.get(productId);
    if (!main.category().isMainProduct()) {
      return List.of();
    }
    List<ChecklistEntryView> entries = checklist(main.category());
    Map<Long, ProductView> products = reader.products(entries, null);
    return AdviceRanking.rank(entries, main.brand(), products, Set.of(), Set.of(), Set.of())
        .stream()
        .map(
            r ->
                new SheetLine(
                    r.entry(),
                    r.product().id(),
                    r.product().sku(),
                    r.product().name(),
                    r.product().nameZh(),
                    r.product().price(),
                    r.inStock()))
        .toList();
  }

  private void check(ChecklistEntryForm form) {
    if (!form.category().isMainProduct()) {
      throw RuleViolationException.refused(
          "bundles.notMainCategory",
          "category",
          form.category() + " is not a main-product category");
    }
    Map<Long, ProductView> found =
        catalogue.products(form.productIds(), null).stream()
            .collect(Collectors.toMap(ProductView::id, Function.identity()));
    for (int i = 0; i < form.productIds().size(); i++) {
      ProductView product = found.get(form.productIds().get(i));
      if (product == null || product.category().isMainProduct()) {
        throw RuleViolationException.refused(
            "bundles.notAnAccessory",
            "productIds[" + i + "]",
            "Product " + form.productIds().get(i) + " is not an accessory, software or service");
      }
    }
  }

  private ChecklistEntryRecord load(long id) {
    ChecklistEntryRecord entry = em.find(ChecklistEntryRecord.class, id);
    if (entry == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return entry;
  }
}
