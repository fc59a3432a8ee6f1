package org.storecrm.sales;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Products of the demo catalogue for other modules' demo data, which seeds without a caller and so
 * cannot use the {@link Catalogue} (it is for signed-in staff). The SQL on sales' tables stays in
 * sales.
 */
public final class DemoProducts {
  private DemoProducts() {}

  /** The id of the product with this SKU, if the catalogue holds it. */
  public static Optional<Long> idBySku(EntityManager em, String sku) {
    return em.createNativeQuery("SELECT id FROM sal_product WHERE sku = ?1")
        .setParameter(1, sku)
        .getResultStream()
        .findFirst()
        .map(id -> ((Number) id).longValue());
  }
}
