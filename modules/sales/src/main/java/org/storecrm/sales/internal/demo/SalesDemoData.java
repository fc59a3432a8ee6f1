package org.storecrm.sales.internal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.platform.DemoData;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.internal.catalogue.Product;
import org.storecrm.sales.internal.catalogue.ProductCsv;
import org.storecrm.sales.internal.catalogue.Stock;

/**
 * The demo catalogue: about 60 products across the categories, in CNY with Chinese names, and stock
 * in both demo stores, kept as data in {@code demo/sales-catalogue.csv} in the catalogue import's
 * format (an exported catalogue imports the same way). The range keeps roughly to the 15/60/25
 * pricing-role mix.
 */
@ApplicationScoped
public class SalesDemoData implements DemoData {
  static final String CATALOGUE = "/demo/sales-catalogue.csv";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Override
  public String module() {
    return "sales";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public void seed() {
    // The demo stores by their documented codes (platform demo data), through the platform's
    // seeding helper, since its store API is for signed-in users and seeding runs as the system.
    List<Long> stores = DemoData.storeIds(em, "SH-FLAGSHIP", "CD-PLAZA");
    LocalDate today = LocalDate.now(clock);
    for (ProductCsv.Row row : catalogue()) {
      Product product = new Product(row.sku());
      // Launched relative to today unless the file dates it: new products days ago, others months.
      LocalDate launched =
          row.launchedOn() != null
              ? row.launchedOn()
              : row.phase() == LifecyclePhase.INTRODUCTION
                  ? today.minusDays(5)
                  : today.minusMonths(8);
      // The file gives a quantity limit to traffic products only, as describe keeps it.
      product.describe(
          row.name(),
          row.nameZh(),
          row.brand(),
          row.category(),
          row.price(),
          row.cost(),
          row.pricingRole(),
          row.phase(),
          launched,
          row.trafficLimit());
      if (row.active() != null) {
        product.active(row.active());
      }
      em.persist(product);
      if (row.category().isStocked() && row.onHand() != null) {
        em.flush();
        for (long store : stores) {
          em.persist(new Stock(product.id(), store, row.onHand()));
        }
      }
    }
  }

  /**
   * The demo catalogue ({@value #CATALOGUE}), read and checked by the catalogue import's own CSV
   * format ({@link ProductCsv}): a fault in the file stops the seeding, naming it.
   */
  static List<ProductCsv.Row> catalogue() {
    String text;
    try (InputStream in = SalesDemoData.class.getResourceAsStream(CATALOGUE)) {
      if (in == null) {
        throw new IllegalStateException("The demo catalogue " + CATALOGUE + " is missing");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ProductCsv.Result read = ProductCsv.read(text, 10_000, true);
    if (!read.errors().isEmpty()) {
      throw new IllegalStateException("The demo catalogue has faults: " + read.errors());
    }
    return read.rows();
  }
}
