package org.storecrm.sales.internal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.Category;
import org.storecrm.sales.NewProduct;
import org.storecrm.sales.PricingMix;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.ProductChanges;
import org.storecrm.sales.ProductFilter;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.StockChange;
import org.storecrm.sales.internal.SalesSettings;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class CatalogueService implements Catalogue {
  static final String RECORD_TYPE = "Product";

  private static final Map<String, Function<Root<Product>, Expression<?>>> SORTABLE =
      Map.of(
          "sku", r -> r.get("sku"),
          "name", r -> r.get("searchKey"),
          "price", r -> r.get("price"),
          "category", r -> r.get("category"));

  private static final List<Category> MAIN_PRODUCT_CATEGORIES =
      Arrays.stream(Category.values()).filter(Category::isMainProduct).toList();

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject AuditTrail audit;
  @Inject StockLedger stock;
  @Inject SalesSettings settings;

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public ProductView create(NewProduct input) {
    String sku = input.sku().trim().toUpperCase(Locale.ROOT);
    em.createQuery("select p.id from Product p where p.sku = :sku", Long.class)
        .setParameter("sku", sku)
        .getResultStream()
        .findFirst()
        .ifPresent(
            existing -> {
              throw RuleViolationException.conflict(
                  "sales.skuTaken",
                  "sku",
                  "SKU " + sku + " is already in the catalogue",
                  Map.of("id", existing));
            });
    Product product = new Product(sku);
    product.describe(
        input.name(),
        input.nameZh(),
        input.brand(),
        input.category(),
        input.price(),
        input.cost(),
        input.pricingRole(),
        input.phase(),
        input.launchedOn(),
        input.trafficLimit());
    em.persist(product);
    em.flush();
    audit.created(record(product), product.auditState());
    return view(product);
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public ProductView update(long id, ProductChanges changes) {
    Product product = load(id);
    if (changes.version() != product.version()) {
      throw new StaleRecordException(RECORD_TYPE, id);
    }
    Map<String, Object> before = product.auditState();
    Integer limitBefore = product.trafficLimit();
    product.describe(
        changes.name(),
        changes.nameZh(),
        changes.brand(),
        changes.category(),
        changes.price(),
        changes.cost(),
        changes.pricingRole(),
        changes.phase(),
        changes.launchedOn(),
        changes.trafficLimit());
    product.active(changes.active());
    em.flush();
    if (product.trafficLimit() != null && !product.trafficLimit().equals(limitBefore)) {
      stock.restartTrafficLimit(product.id()); // the limit counts from now
    }
    audit.changed(record(product), before, product.auditState());
    return view(product);
  }

  @Override
  public ProductView get(long id) {
    return view(load(id));
  }

  @Override
  public Page<ProductView> find(ProductFilter filter, PageRequest page) {
    if (Catalogue.RELEVANCE.equals(page.sort()) && !ProductSearch.words(filter.text()).isEmpty()) {
      return ranked(filter, page);
    }
    Page<Product> products =
        CriteriaPages.find(
            em,
            Product.class,
            page,
            (cb, root) -> matching(cb, root, filter),
            SORTABLE,
            "sku",
            root -> {});
    Optional<Long> store = scope.limitedTo();
    Map<Long, Stock> stocks =
        store
            .map(id -> stock.of(products.items().stream().map(p -> p.id()).toList(), id))
            .orElse(Map.of());
    return products.map(p -> toView(p, store, stocks.get(p.id())));
  }

  /**
   * A search ranked as the counter needs it: main products before accessories and services, those
   * in stock in the caller's store before the rest (head office, seeing every store, skips that
   * rank), then by name. The stock rank is an EXISTS on the (product, store) key of sal_stock.
   */
  private Page<ProductView> ranked(ProductFilter filter, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Product> query = cb.createQuery(Product.class);
    Root<Product> root = query.from(Product.class);
    Optional<Long> store = scope.limitedTo();
    List<Order> order = new ArrayList<>();
    order.add(
        cb.asc(
            cb.selectCase()
                .when(root.get("category").in(MAIN_PRODUCT_CATEGORIES), 0)
                .otherwise(1)));
    store.ifPresent(
        storeId -> {
          Subquery<Long> inStock = query.subquery(Long.class);
          Root<Stock> row = inStock.from(Stock.class);
          inStock
              .select(row.get("productId"))
              .where(
                  cb.equal(row.get("productId"), root.get("id")),
                  cb.equal(row.get("storeId"), storeId),
                  cb.greaterThan(row.get("onHand"), 0));
          order.add(cb.asc(cb.selectCase().when(cb.exists(inStock), 0).otherwise(1)));
        });
    order.add(cb.asc(root.get("searchKey")));
    order.add(cb.asc(root.get("id")));
    List<Product> found =
        em.createQuery(query.select(root).where(matching(cb, root, filter)).orderBy(order))
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        CriteriaPages.total(
            page,
            found.size(),
            () -> {
              CriteriaQuery<Long> count = cb.createQuery(Long.class);
              Root<Product> counted = count.from(Product.class);
              return em.createQuery(
                      count.select(cb.count(counted)).where(matching(cb, counted, filter)))
                  .getSingleResult();
            });
    Map<Long, Stock> stocks =
        store.map(id -> stock.of(found.stream().map(p -> p.id()).toList(), id)).orElse(Map.of());
    return new Page<>(
        found.stream().map(p -> toView(p, store, stocks.get(p.id()))).toList(),
        total,
        page.page(),
        page.size());
  }

  /** The catalogue filter as a criteria predicate (shared by the list and the export). */
  private static Predicate matching(CriteriaBuilder cb, Root<Product> root, ProductFilter filter) {
    List<Predicate> where = new ArrayList<>();
    if (!filter.includeInactive()) {
      where.add(cb.equal(root.get("status"), Product.ON_SALE));
    }
    if (filter.category() != null) {
      where.add(cb.equal(root.get("category"), filter.category()));
    }
    String text = filter.text();
    List<String> words = ProductSearch.wordPatterns(text);
    if (!words.isEmpty()) {
      // Every word somewhere in the names, brand and SKU, or the whole text a SKU prefix.
      Predicate[] everyWord =
          words.stream()
              .map(word -> cb.like(root.get("searchKey"), word, CriteriaPages.LIKE_ESCAPE))
              .toArray(Predicate[]::new);
      where.add(
          cb.or(
              cb.like(root.get("sku"), ProductSearch.skuPattern(text), CriteriaPages.LIKE_ESCAPE),
              cb.and(everyWord)));
    }
    return cb.and(where.toArray(Predicate[]::new));
  }

  @Override
  public List<ProductView> slice(ProductFilter filter, String afterSku, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Product> query = cb.createQuery(Product.class);
    Root<Product> root = query.from(Product.class);
    Predicate where = matching(cb, root, filter);
    if (afterSku != null) {
      // Keyset paging on the unique SKU: each slice starts where the last one ended, by index.
      where = cb.and(where, cb.greaterThan(root.get("sku"), afterSku));
    }
    List<Product> found =
        em.createQuery(query.select(root).where(where).orderBy(cb.asc(root.get("sku"))))
            .setMaxResults(Math.max(1, Math.min(size, 1000)))
            .getResultList();
    Optional<Long> store = scope.limitedTo();
    Map<Long, Stock> stocks =
        store.map(id -> stock.of(found.stream().map(p -> p.id()).toList(), id)).orElse(Map.of());
    return found.stream().map(p -> toView(p, store, stocks.get(p.id()))).toList();
  }

  @Override
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  public ProductView setStock(long productId, StockChange change) {
    Product product = load(productId);
    if (!product.category().isStocked()) {
      throw RuleViolationException.refused(
          "sales.notStocked", "onHand", product.sku() + " is a service and has no stock");
    }
    long storeId = scope.storeForNewRecord(change.storeId(), "stock count");
    Map<String, Object> before = stockState(product.id(), storeId);
    stock.set(product.id(), storeId, change.onHand());
    audit.changed(
        new AuditedRecord("Stock", product.sku(), storeId),
        before,
        Map.of("onHand", change.onHand()));
    Stock row = stock.of(List.of(product.id()), storeId).get(product.id());
    return product.toView(change.onHand(), row == null ? 0 : row.soldUnits());
  }

  @Override
  public List<ProductView> products(Collection<Long> ids, Long storeId) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Optional<Long> store = Optional.ofNullable(storeId).or(scope::limitedTo);
    store.ifPresent(id -> scope.checkVisible(id, "Store", id));
    List<Product> found =
        em.createQuery("select p from Product p where p.id in :ids order by p.id", Product.class)
            .setParameter("ids", List.copyOf(ids))
            .getResultList();
    Map<Long, Stock> stocks =
        store.map(id -> stock.of(found.stream().map(p -> p.id()).toList(), id)).orElse(Map.of());
    return found.stream().map(p -> toView(p, store, stocks.get(p.id()))).toList();
  }

  @Override
  public PricingMix pricingMix() {
    Map<PricingRole, Long> counts = new EnumMap<>(PricingRole.class);
    for (Object[] row :
        em.createQuery(
                "select p.pricingRole, count(p) from Product p where p.status = 'ON_SALE'"
                    + " group by p.pricingRole",
                Object[].class)
            .getResultList()) {
      counts.put((PricingRole) row[0], ((Number) row[1]).longValue());
    }
    long all = counts.values().stream().mapToLong(Long::longValue).sum();
    Map<PricingRole, BigDecimal> target = settings.pricingMixTarget();
    List<PricingMix.Share> shares = new ArrayList<>();
    for (PricingRole role : PricingRole.values()) {
      long count = counts.getOrDefault(role, 0L);
      shares.add(new PricingMix.Share(role, count, percent(count, all), target.get(role)));
    }
    return new PricingMix(all, shares);
  }

  static BigDecimal percent(long part, long whole) {
    return whole == 0
        ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  Product load(long id) {
    Product product = em.find(Product.class, id);
    if (product == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return product;
  }

  private ProductView view(Product product) {
    Optional<Long> store = scope.limitedTo();
    Stock row = store.map(id -> stock.of(List.of(product.id()), id).get(product.id())).orElse(null);
    return toView(product, store, row);
  }

  private static ProductView toView(Product product, Optional<Long> store, Stock row) {
    if (store.isEmpty()) {
      return product.toView(null, null);
    }
    return product.toView(row == null ? 0 : row.onHand(), row == null ? 0 : row.soldUnits());
  }

  private Map<String, Object> stockState(long productId, long storeId) {
    Stock row = stock.of(List.of(productId), storeId).get(productId);
    return Map.of("onHand", row == null ? 0 : row.onHand());
  }

  static AuditedRecord record(Product product) {
    return new AuditedRecord(RECORD_TYPE, product.id(), null);
  }
}
