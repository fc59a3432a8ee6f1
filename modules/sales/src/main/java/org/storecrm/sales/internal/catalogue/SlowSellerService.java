package org.storecrm.sales.internal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.Category;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.SlowSeller;
import org.storecrm.sales.SlowSellerFilter;
import org.storecrm.sales.SlowSellerRule;
import org.storecrm.sales.SlowSellers;
import org.storecrm.sales.internal.SalesSettings;

/**
 * Slow sellers, found by one grouped native query: the store's stock rows with units on hand (for
 * the whole chain: stock summed per product), joined to the products in introduction or plateau
 * launched before the window, left-joined to the units each sold in the window (the store's orders
 * by {@code sal_order_store_sold_ix}, their lines by {@code sal_order_line_order_ix}, grouped per
 * product), kept when those units are at most the rule's; counted and paged in the database.
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class SlowSellerService implements SlowSellers {
  private static final Map<String, String> SORTABLE =
      Map.of(
          "soldUnits", "sold_units",
          "stockValue", "s.on_hand * p.cost",
          "onHand", "s.on_hand",
          "sku", "p.sku",
          "name", "p.search_key",
          "launchedOn", "p.launched_on");

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject AuditTrail audit;
  @Inject SalesSettings settings;
  @Inject Clock clock;

  @Override
  public SlowSellerRule rule() {
    return settings.slowSellerRule();
  }

  @Override
  public Page<SlowSeller> find(SlowSellerFilter filter, PageRequest page) {
    SlowSellerRule rule = rule();
    Optional<Long> store = Optional.ofNullable(filter.storeId()).or(scope::limitedTo);
    store.ifPresent(id -> scope.checkVisible(id, "Store", id));
    Instant since = clock.instant().minus(rule.days(), ChronoUnit.DAYS);
    LocalDate launchedBy = LocalDate.ofInstant(since, clock.getZone());

    List<Object> parameters = new ArrayList<>();
    StringBuilder from = new StringBuilder();
    if (store.isPresent()) {
      from.append(" FROM sal_stock s JOIN sal_product p ON p.id = s.product_id")
          .append(" LEFT JOIN (SELECT l.product_id, SUM(l.quantity - l.returned_quantity) AS sold")
          .append(" FROM sal_order o JOIN sal_order_line l ON l.order_id = o.id")
          .append(" WHERE o.store_id = ")
          .append(parameter(parameters, store.get()))
          .append(" AND o.sold_at >= ")
          .append(parameter(parameters, since.atOffset(ZoneOffset.UTC)))
          .append(" GROUP BY l.product_id) x ON x.product_id = p.id")
          .append(" WHERE s.store_id = ")
          .append(parameter(parameters, store.get()))
          .append(" AND s.on_hand > 0");
    } else {
      from.append(" FROM (SELECT product_id, SUM(on_hand) AS on_hand FROM sal_stock")
          .append(" GROUP BY product_id HAVING SUM(on_hand) > 0) s")
          .append(" JOIN sal_product p ON p.id = s.product_id")
          .append(" LEFT JOIN (SELECT l.product_id, SUM(l.quantity - l.returned_quantity) AS sold")
          .append(" FROM sal_order o JOIN sal_order_line l ON l.order_id = o.id")
          .append(" WHERE o.sold_at >= ")
          .append(parameter(parameters, since.atOffset(ZoneOffset.UTC)))
          .append(" GROUP BY l.product_id) x ON x.product_id = p.id")
          .append(" WHERE 1 = 1");
    }
    from.append(" AND p.status = 'ON_SALE' AND p.phase IN ('INTRODUCTION', 'PLATEAU')")
        .append(" AND (p.launched_on IS NULL OR p.launched_on <= ")
        .append(parameter(parameters, Date.valueOf(launchedBy)))
        .append(") AND COALESCE(x.sold, 0) <= ")
        .append(parameter(parameters, rule.maxUnits()));
    if (filter.category() != null) {
      from.append(" AND p.category = ").append(parameter(parameters, filter.category().name()));
    }
    String text = filter.text();
    List<String> words = ProductSearch.wordPatterns(text);
    if (!words.isEmpty()) {
      // As the catalogue list: the whole text a SKU prefix, or every word in the search key.
      from.append(" AND (p.sku LIKE ")
          .append(parameter(parameters, ProductSearch.skuPattern(text)))
          .append(" ESCAPE '\\' OR (");
      for (int i = 0; i < words.size(); i++) {
        from.append(i == 0 ? "" : " AND ")
            .append("p.search_key LIKE ")
            .append(parameter(parameters, words.get(i)))
            .append(" ESCAPE '\\'");
      }
      from.append("))");
    }

    long total =
        ((Number)
                bind(em.createNativeQuery("SELECT COUNT(*)" + from), parameters).getSingleResult())
            .longValue();
    String direction = page.ascending() ? "ASC" : "DESC";
    String key =
        page.sort() != null && SORTABLE.containsKey(page.sort()) ? page.sort() : "soldUnits";
    String order =
        "soldUnits".equals(key)
            // Fewest sold first; among equals, the most capital tied up in stock.
            ? " ORDER BY sold_units " + direction + ", s.on_hand * p.cost DESC, p.id"
            : " ORDER BY " + SORTABLE.get(key) + " " + direction + ", p.id";
    List<Object> pageParameters = new ArrayList<>(parameters);
    String limit = parameter(pageParameters, page.size());
    String offset = parameter(pageParameters, page.offset());
    List<?> rows =
        bind(
                em.createNativeQuery(
                    "SELECT p.id, p.sku, p.name, p.name_zh, p.category, p.pricing_role, p.phase,"
                        + " p.price, p.cost, p.launched_on, s.on_hand,"
                        + " COALESCE(x.sold, 0) AS sold_units, p.version"
                        + from
                        + order
                        + " LIMIT "
                        + limit
                        + " OFFSET "
                        + offset),
                pageParameters)
            .getResultList();
    List<SlowSeller> items = new ArrayList<>(rows.size());
    for (Object result : rows) {
      Object[] c = (Object[]) result;
      BigDecimal cost = money(c[8]);
      int onHand = ((Number) c[10]).intValue();
      items.add(
          new SlowSeller(
              ((Number) c[0]).longValue(),
              (String) c[1],
              (String) c[2],
              (String) c[3],
              Category.valueOf((String) c[4]),
              PricingRole.valueOf((String) c[5]),
              LifecyclePhase.valueOf((String) c[6]),
              money(c[7]),
              cost,
              date(c[9]),
              onHand,
              ((Number) c[11]).intValue(),
              cost.multiply(BigDecimal.valueOf(onHand)).setScale(2),
              ((Number) c[12]).longValue()));
    }
    return new Page<>(items, total, page.page(), page.size());
  }

  @Override
  public ProductView moveToClearance(long productId, long version) {
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new RecordNotFoundException(CatalogueService.RECORD_TYPE, productId);
    }
    if (product.version() != version) {
      throw new StaleRecordException(CatalogueService.RECORD_TYPE, productId);
    }
    if (product.phase() == LifecyclePhase.CLEARANCE) {
      throw RuleViolationException.conflict(
          "sales.alreadyClearance", "phase", product.sku() + " is already in clearance");
    }
    Map<String, Object> before = product.auditState();
    product.moveToClearance();
    em.flush();
    audit.changed(CatalogueService.record(product), before, product.auditState());
    Optional<Long> store = scope.limitedTo();
    if (store.isEmpty()) {
      return product.toView(null, null);
    }
    Stock row = em.find(Stock.class, key(product.id(), store.get()));
    return product.toView(row == null ? 0 : row.onHand(), row == null ? 0 : row.soldUnits());
  }

  private static Stock.Key key(long productId, long storeId) {
    Stock.Key key = new Stock.Key();
    key.productId = productId;
    key.storeId = storeId;
    return key;
  }

  /** Adds a parameter and answers its numbered placeholder. */
  private static String parameter(List<Object> parameters, Object value) {
    parameters.add(value);
    return "?" + parameters.size();
  }

  private static Query bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  private static BigDecimal money(Object value) {
    return value instanceof BigDecimal amount
        ? amount.setScale(2)
        : new BigDecimal(value.toString()).setScale(2);
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    return ((java.sql.Date) value).toLocalDate();
  }
}
