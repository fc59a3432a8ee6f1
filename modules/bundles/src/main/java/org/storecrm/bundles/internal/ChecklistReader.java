package org.storecrm.bundles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.bundles.ChecklistEntryView;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.Category;
import org.storecrm.sales.ProductView;

/** Reads checklist entries and their products for the service, the advisor and the sheet. */
@ApplicationScoped
public class ChecklistReader {
  @PersistenceContext EntityManager em;
  @Inject Catalogue catalogue;

  /** The entries of these categories, in category and position order. */
  List<ChecklistEntryRecord> entries(Set<Category> categories) {
    if (categories.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from ChecklistEntryRecord e where e.category in :categories"
                + " order by e.category, e.position, e.id",
            ChecklistEntryRecord.class)
        .setParameter("categories", categories)
        // The member products of all entries in one more query, not one per entry (checkout).
        .setHint("eclipselink.batch", "e.productIds")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  /** The member products of these entries with the stock of the store (null: the caller's). */
  Map<Long, ProductView> products(List<ChecklistEntryView> entries, Long storeId) {
    return products(
        entries.stream().flatMap(e -> e.productIds().stream()).collect(Collectors.toSet()),
        storeId);
  }

  Map<Long, ProductView> products(Collection<Long> ids, Long storeId) {
    return catalogue.products(ids, storeId).stream()
        .collect(Collectors.toMap(ProductView::id, Function.identity()));
  }
}
