package org.storecrm.sales.internal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.CatalogueImport;
import org.storecrm.sales.ImportAction;
import org.storecrm.sales.ImportReport;
import org.storecrm.sales.ImportRow;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.RowError;
import org.storecrm.sales.internal.SalesSettings;

/**
 * The catalogue import. A file is read and checked whole first ({@link ProductCsv}); only a file
 * without faults is written, in the caller's one transaction, chunk by chunk: the chunk's products
 * are looked up by SKU in one query, created or updated and audited like edits, flushed (JDBC
 * batches), their stock counted, and the persistence context cleared, so memory stays bounded.
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class CatalogueImportService implements CatalogueImport {
  static final int CHUNK = 500;

  /** The most bytes a product row may take (its longest possible cells, in UTF-8, and more). */
  static final int BYTES_PER_ROW = 1024;

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject AuditTrail audit;
  @Inject StockLedger stock;
  @Inject SalesSettings settings;

  @Override
  public ImportReport check(byte[] csv) {
    return run(csv, false);
  }

  @Override
  public ImportReport apply(byte[] csv) {
    ImportReport report = run(csv, true);
    if (!report.valid()) {
      throw report.refusal();
    }
    return report;
  }

  @Override
  public int maxBytes() {
    return (settings.importMaxRows() + 1) * BYTES_PER_ROW;
  }

  private ImportReport run(byte[] csv, boolean write) {
    if (csv.length > maxBytes()) {
      return refused(
          ProductCsv.error(1, null, "sales.import.tooLarge", null, String.valueOf(maxBytes())));
    }
    Optional<Long> store = scope.limitedTo();
    ProductCsv.Result read =
        ProductCsv.read(Csv.decode(csv), settings.importMaxRows(), store.isPresent());
    if (!read.errors().isEmpty()) {
      return new ImportReport(false, read.dataRows(), 0, 0, 0, List.of(), sorted(read.errors()));
    }
    List<ImportRow> items = new ArrayList<>(read.rows().size());
    List<ProductCsv.Row> rows = read.rows();
    for (int from = 0; from < rows.size(); from += CHUNK) {
      List<ProductCsv.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
      items.addAll(chunk(chunk, read, store, write));
      if (write) {
        em.flush();
      }
      em.clear();
    }
    int created = count(items, ImportAction.NEW);
    int updated = count(items, ImportAction.UPDATE);
    int unchanged = count(items, ImportAction.UNCHANGED);
    if (write) {
      audit.action(
          new AuditedRecord("Catalogue", "import", store.orElse(null)),
          "IMPORT",
          "%d rows: %d new, %d updated, %d unchanged"
              .formatted(items.size(), created, updated, unchanged));
    }
    return new ImportReport(write, items.size(), created, updated, unchanged, items, List.of());
  }

  /** Plans (and when writing, applies) one chunk of rows. */
  private List<ImportRow> chunk(
      List<ProductCsv.Row> rows, ProductCsv.Result read, Optional<Long> store, boolean write) {
    Map<String, Product> existing =
        em.createQuery("select p from Product p where p.sku in :skus", Product.class)
            .setParameter("skus", rows.stream().map(ProductCsv.Row::sku).toList())
            .getResultStream()
            .collect(Collectors.toMap(p -> p.sku(), Function.identity()));
    Map<Long, Stock> stocks =
        store
            .map(id -> stock.of(existing.values().stream().map(p -> p.id()).toList(), id))
            .orElse(Map.of());
    List<ImportRow> planned = new ArrayList<>(rows.size());
    List<Product> products = new ArrayList<>(rows.size());
    for (ProductCsv.Row row : rows) {
      Product product = existing.get(row.sku());
      Map<String, Object> before = product == null ? Map.of() : product.auditState();
      Map<String, Object> after = target(row, product, read);
      Integer onHandBefore = null;
      if (row.onHand() != null && store.isPresent()) {
        Stock counted = product == null ? null : stocks.get(product.id());
        onHandBefore = counted == null ? 0 : counted.onHand();
      }
      List<String> changes = new ArrayList<>();
      if (product != null) {
        after.forEach(
            (field, value) -> {
              if (!same(before.get(field), value)) {
                changes.add(field);
              }
            });
      }
      if (product != null && onHandBefore != null && onHandBefore != row.onHand().intValue()) {
        changes.add("onHand");
      }
      ImportAction action =
          product == null
              ? ImportAction.NEW
              : changes.isEmpty() ? ImportAction.UNCHANGED : ImportAction.UPDATE;
      planned.add(item(row, action, after, changes));
      if (write && action != ImportAction.UNCHANGED) {
        if (product == null) {
          product = new Product(row.sku());
        }
        Integer limitBefore = product.trafficLimit();
        apply(product, after);
        if (product.id() != null
            && product.trafficLimit() != null
            && !product.trafficLimit().equals(limitBefore)) {
          stock.restartTrafficLimit(product.id()); // the limit counts from now
        }
        if (action == ImportAction.NEW) {
          em.persist(product);
          audit.created(CatalogueService.record(product), product.auditState());
        } else {
          audit.changed(CatalogueService.record(product), before, product.auditState());
        }
      }
      products.add(product);
    }
    if (write && store.isPresent()) {
      // The chunk's new products are in the database before their stock rows refer to them.
      em.flush();
      long storeId = store.get();
      for (int i = 0; i < rows.size(); i++) {
        ProductCsv.Row row = rows.get(i);
        ImportRow item = planned.get(i);
        boolean count =
            row.onHand() != null
                && (item.action() == ImportAction.NEW || item.changes().contains("onHand"));
        if (!count) {
          continue;
        }
        Product product = products.get(i);
        Stock counted = stocks.get(product.id());
        if (counted == null) {
          em.persist(new Stock(product.id(), storeId, row.onHand()));
        } else {
          stock.set(product.id(), storeId, row.onHand());
        }
        audit.changed(
            new AuditedRecord("Stock", product.sku(), storeId),
            Map.of("onHand", counted == null ? 0 : counted.onHand()),
            Map.of("onHand", row.onHand()));
      }
    }
    return planned;
  }

  /**
   * The product as the row leaves it, in {@link Product#auditState()}'s terms: a column the file
   * does not have keeps the product's value, and so does an empty {@code active}.
   */
  private static Map<String, Object> target(
      ProductCsv.Row row, Product product, ProductCsv.Result read) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("sku", row.sku());
    state.put("name", row.name());
    state.put(
        "nameZh",
        read.has(ProductCsv.NAME_ZH) || product == null ? row.nameZh() : product.nameZh());
    state.put(
        "brand", read.has(ProductCsv.BRAND) || product == null ? row.brand() : product.brand());
    state.put("category", row.category());
    state.put("price", row.price());
    state.put("cost", row.cost());
    state.put("pricingRole", row.pricingRole());
    state.put("phase", row.phase());
    state.put(
        "launchedOn",
        read.has(ProductCsv.LAUNCH_DATE) || product == null
            ? row.launchedOn()
            : product.launchedOn());
    Integer limit =
        read.has(ProductCsv.TRAFFIC_LIMIT) || product == null
            ? row.trafficLimit()
            : product.trafficLimit();
    state.put("trafficLimit", row.pricingRole() == PricingRole.TRAFFIC ? limit : null);
    state.put("active", row.active() != null ? row.active() : product == null || product.active());
    return state;
  }

  private static void apply(Product product, Map<String, Object> state) {
    product.describe(
        (String) state.get("name"),
        (String) state.get("nameZh"),
        (String) state.get("brand"),
        (org.storecrm.sales.Category) state.get("category"),
        (BigDecimal) state.get("price"),
        (BigDecimal) state.get("cost"),
        (PricingRole) state.get("pricingRole"),
        (org.storecrm.sales.LifecyclePhase) state.get("phase"),
        (java.time.LocalDate) state.get("launchedOn"),
        (Integer) state.get("trafficLimit"));
    product.active((Boolean) state.get("active"));
  }

  private static ImportRow item(
      ProductCsv.Row row, ImportAction action, Map<String, Object> state, List<String> changes) {
    return new ImportRow(
        row.row(),
        action,
        row.sku(),
        (String) state.get("name"),
        (String) state.get("nameZh"),
        (String) state.get("brand"),
        row.category(),
        row.price(),
        row.cost(),
        row.pricingRole(),
        row.phase(),
        (java.time.LocalDate) state.get("launchedOn"),
        (Integer) state.get("trafficLimit"),
        row.active(),
        row.onHand(),
        changes);
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  private static int count(List<ImportRow> items, ImportAction action) {
    return (int) items.stream().filter(i -> i.action() == action).count();
  }

  private static ImportReport refused(RowError error) {
    return new ImportReport(false, 0, 0, 0, 0, List.of(), List.of(error));
  }

  private static List<RowError> sorted(List<RowError> errors) {
    // Row order; within a row, the order the cells were checked in (a stable sort keeps it).
    return errors.stream().sorted(java.util.Comparator.comparingInt(RowError::row)).toList();
  }
}
