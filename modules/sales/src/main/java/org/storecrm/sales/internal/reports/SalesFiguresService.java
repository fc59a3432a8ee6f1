package org.storecrm.sales.internal.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.storecrm.platform.Roles;
import org.storecrm.platform.SqlPeriods;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.AttachFigure;
import org.storecrm.sales.BuyerFigure;
import org.storecrm.sales.Category;
import org.storecrm.sales.PenetrationFigure;
import org.storecrm.sales.PlanCoverageFigures;
import org.storecrm.sales.SalesFigures;
import org.storecrm.sales.internal.checkout.LinePricing;

@Stateless
@LocalBean
@Local(SalesFigures.class)
@ValidatedArguments
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class SalesFiguresService implements SalesFigures {
  /** The main categories in name order: a category's code is its place here. */
  private static final List<Category> MAIN_BY_NAME =
      Arrays.stream(Category.values())
          .filter(Category::isMainProduct)
          .sorted(Comparator.comparing(Category::name))
          .toList();

  private static final String MAIN_CODE =
      IntStream.range(0, MAIN_BY_NAME.size())
          .mapToObj(i -> " WHEN '" + MAIN_BY_NAME.get(i).name() + "' THEN " + i)
          .collect(Collectors.joining("", "(CASE l.category", " END)"));
  private static final String MAIN = categories(true);
  private static final String ACCESSORY = categories(false);

  /** The kept margin of the line aliased %1$s. */
  private static final String KEPT_MARGIN =
      "(%1$s.net_amount - %1$s.returned_amount - %1$s.unit_cost * (%1$s.quantity -"
          + " %1$s.returned_quantity))";

  private static final Comparator<AttachFigure> FIGURE_ORDER =
      Comparator.comparingLong(AttachFigure::storeId)
          .thenComparingLong(AttachFigure::consultantId)
          .thenComparingInt(AttachFigure::period)
          .thenComparing(AttachFigure::category, Comparator.nullsFirst(Comparator.naturalOrder()));

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @EJB AttachRollup rollup;
  @Inject jakarta.enterprise.inject.Instance<PlanCoverageFigures> planFigures;

  @Override
  public List<AttachFigure> attach(List<Instant> boundaries, Long storeId) {
    for (int i = 1; i < boundaries.size(); i++) {
      if (!boundaries.get(i - 1).isBefore(boundaries.get(i))) {
        throw new IllegalArgumentException("The boundaries must ascend: " + boundaries);
      }
    }
    Optional<Long> store = Optional.ofNullable(storeId).or(scope::limitedTo);
    store.ifPresent(id -> scope.checkVisible(id, "Store", id));
    // Months from the rollup where it is current, the rest from the order lines: one query per run
    // of consecutive periods without rollup rows, and one for the part of a period after its rows
    // (today, in the current month).
    Map<Integer, Instant> rolledUp = rollup.currentPeriods(boundaries);
    List<AttachFigure> all =
        new ArrayList<>(
            rolledUp.isEmpty() ? List.of() : rollup.figures(boundaries, rolledUp.keySet(), store));
    int periods = boundaries.size() - 1;
    for (int first = 0; first < periods; ) {
      Instant rolledUntil = rolledUp.get(first);
      if (rolledUntil != null) {
        if (rolledUntil.isBefore(boundaries.get(first + 1))) {
          for (AttachFigure f : compute(List.of(rolledUntil, boundaries.get(first + 1)), store)) {
            all.add(inPeriod(f, first));
          }
        }
        first++;
        continue;
      }
      int end = first;
      while (end < periods && !rolledUp.containsKey(end)) {
        end++;
      }
      for (AttachFigure f : compute(boundaries.subList(first, end + 1), store)) {
        all.add(inPeriod(f, f.period() + first));
      }
      first = end;
    }
    all.sort(FIGURE_ORDER);
    return all;
  }

  /**
   * The figures read from the order lines, for one store or all; no caller check (the rollup job
   * has no caller): {@link #attach} is the way in for users.
   */
  @PermitAll
  public List<AttachFigure> compute(List<Instant> boundaries, Optional<Long> store) {
    int periods = boundaries.size() - 1;
    int p = store.isPresent() ? 3 : 2;
    int firstInner = 3 * p + 1;
    String sql = attachSql(periods, store.isPresent());
    Query query = em.createNativeQuery(sql);
    for (int first : new int[] {1, p + 1, 2 * p + 1}) {
      query.setParameter(first, boundaries.get(0).atOffset(ZoneOffset.UTC));
      query.setParameter(first + 1, boundaries.get(periods).atOffset(ZoneOffset.UTC));
      if (store.isPresent()) {
        query.setParameter(first + 2, store.get());
      }
    }
    for (int i = 1; i < periods; i++) {
      query.setParameter(firstInner + i - 1, boundaries.get(i).atOffset(ZoneOffset.UTC));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(SalesFiguresService::figure).toList();
  }

  @Override
  public List<PenetrationFigure> penetration(List<Instant> boundaries, Long storeId) {
    for (int i = 1; i < boundaries.size(); i++) {
      if (!boundaries.get(i - 1).isBefore(boundaries.get(i))) {
        throw new IllegalArgumentException("The boundaries must ascend: " + boundaries);
      }
    }
    Optional<Long> store = Optional.ofNullable(storeId).or(scope::limitedTo);
    store.ifPresent(id -> scope.checkVisible(id, "Store", id));
    Set<Category> eligible = new java.util.TreeSet<>();
    // Per store, seller and period: {eligible devices, devices with a plan}.
    Map<SellerPeriod, long[]> figures = new java.util.TreeMap<>();
    for (PlanCoverageFigures plans : planFigures) {
      eligible.addAll(plans.eligibleCategories());
      for (PlanCoverageFigures.CoveredDevices c : plans.coveredDevices(boundaries, store)) {
        SellerPeriod key = new SellerPeriod(c.storeId(), c.sellerId(), c.period());
        figures.computeIfAbsent(key, k -> new long[2])[1] += c.devices();
      }
    }
    if (!eligible.isEmpty()) {
      int periods = boundaries.size() - 1;
      Query query = em.createNativeQuery(eligibleUnitsSql(periods, store.isPresent(), eligible));
      SqlPeriods.bind(query, boundaries, store);
      @SuppressWarnings("unchecked")
      List<Object[]> rows = query.getResultList();
      for (Object[] r : rows) {
        SellerPeriod key = new SellerPeriod(number(r[0]), number(r[1]), (int) number(r[2]));
        figures.computeIfAbsent(key, k -> new long[2])[0] += number(r[3]);
      }
    }
    return figures.entrySet().stream()
        .map(
            e ->
                new PenetrationFigure(
                    e.getKey().storeId(),
                    e.getKey().sellerId(),
                    e.getKey().period(),
                    e.getValue()[0],
                    e.getValue()[1]))
        .toList();
  }

  private record SellerPeriod(long storeId, long sellerId, int period)
      implements Comparable<SellerPeriod> {
    private static final Comparator<SellerPeriod> ORDER =
        Comparator.comparingLong(SellerPeriod::storeId)
            .thenComparingLong(SellerPeriod::sellerId)
            .thenComparingInt(SellerPeriod::period);

    @Override
    public int compareTo(SellerPeriod other) {
      return ORDER.compare(this, other);
    }
  }

  /**
   * The kept units of the eligible categories per store, seller and period, in one grouped range
   * scan of the lines (they carry their order's sale time, store and seller): the attach KPIs'
   * index-only scan of the ordinary lines on PostgreSQL, whose partial index leaves out the lines
   * of gift packs sold after a main sale (main_order_id set), which can carry no plan. Parameters:
   * the range's start and end, the store (one store only), then the inner boundaries. Folded in a
   * derived table first, so the period is grouped as a column (H2 will not group an expression
   * holding parameters).
   */
  static String eligibleUnitsSql(int periods, boolean oneStore, Set<Category> eligible) {
    int firstInner = SqlPeriods.firstBoundary(oneStore);
    String period = SqlPeriods.number("l.sold_at", firstInner, periods);
    return "SELECT u.store_id, u.consultant_id, u.period, SUM(u.units) FROM"
        + " (SELECT l.store_id, l.consultant_id, "
        + period
        + " AS period, l.quantity - l.returned_quantity AS units FROM sal_order_line l"
        + " WHERE l.sold_at >= ?1 AND l.sold_at < ?2"
        + (oneStore ? " AND l.store_id = ?3" : "")
        + " AND l.category IN "
        + eligible.stream()
            .map(c -> "'" + c.name() + "'") // enum names: nothing to escape
            .collect(Collectors.joining(", ", "(", ")"))
        + " AND l.returned_quantity < l.quantity AND l.main_order_id IS NULL) u"
        + " GROUP BY u.store_id, u.consultant_id, u.period";
  }

  @Override
  @PermitAll
  public List<BuyerFigure> buyers(
      Instant from, Instant recentFrom, Instant to, Set<Category> categories, int multiUnitMin) {
    // Each order of the window folded to its kept units of the categories, then grouped per
    // customer and store; the window is a range scan of the (store_id, sold_at) index's column.
    String units =
        categories.isEmpty()
            ? "0"
            : categories.stream()
                .map(c -> "'" + c.name() + "'") // enum names: nothing to escape
                .sorted()
                .collect(
                    Collectors.joining(
                        ", ",
                        "SUM(CASE WHEN l.category IN (",
                        ") THEN l.quantity - l.returned_quantity ELSE 0 END)"));
    String sql =
        "SELECT b.store_id, b.customer_id, COUNT(*),"
            + " SUM(CASE WHEN b.units >= ?1 THEN 1 ELSE 0 END), SUM(b.units), MAX(b.sold_at)"
            + " FROM (SELECT o.id, o.store_id, o.customer_id, o.sold_at, "
            + units
            + " AS units FROM sal_order o JOIN sal_order_line l ON l.order_id = o.id"
            + " WHERE o.sold_at >= ?2 AND o.sold_at < ?3 AND o.customer_id IS NOT NULL"
            + " GROUP BY o.id, o.store_id, o.customer_id, o.sold_at) b"
            + " GROUP BY b.store_id, b.customer_id HAVING MAX(b.sold_at) >= ?4"
            + " ORDER BY b.store_id, b.customer_id";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(sql)
            .setParameter(1, Math.max(1, multiUnitMin))
            .setParameter(2, from.atOffset(ZoneOffset.UTC))
            .setParameter(3, to.atOffset(ZoneOffset.UTC))
            .setParameter(4, recentFrom.atOffset(ZoneOffset.UTC))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new BuyerFigure(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(),
                    instant(r[5])))
        .toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof java.time.OffsetDateTime at) {
      return at.toInstant();
    }
    if (value instanceof java.sql.Timestamp at) {
      return at.toInstant();
    }
    if (value instanceof Instant at) {
      return at;
    }
    throw new IllegalStateException("Not a moment: " + value.getClass());
  }

  private static AttachFigure inPeriod(AttachFigure f, int period) {
    return new AttachFigure(
        f.storeId(),
        f.consultantId(),
        period,
        f.category(),
        f.mainSales(),
        f.attachedSales(),
        f.accessorySales(),
        f.accessoryUnits(),
        f.accessoryMargin(),
        f.margin(),
        f.accessoriesWithoutProfit(),
        f.offered(),
        f.accepted(),
        f.declined(),
        f.notOffered());
  }

  /**
   * The attach figures' SQL for this many periods, of one store or all. Its parameters: the range's
   * start and end (and the store) for the lines, again for the checklist, again for the pack lines,
   * then the inner boundaries.
   */
  static String attachSql(int periods, boolean oneStore) {
    // Each order of the whole range folded to one row (its period, first kept main line's category,
    // kept accessories and margins) in one pass over its lines, likewise its checklist, then
    // grouped by store, seller, period and category. Lines and checklist answers carry their
    // order's sale time, store and consultant, so the range is a range scan of their
    // (sold_at, order_id) indexes and sal_order is not read; folded by (sold_at, order_id), in
    // index order, and joined on both. An order's store and consultant are the same on each of its
    // lines (MIN picks it). The first kept main line is MIN(line_no * 100 + the category's code):
    // its category is the remainder; orders without one count when they kept an accessory (their
    // category is null). The period is the place of the order's sale time among the inner
    // boundaries. Derived tables, not a WITH clause: H2 mixes up parameters inside common table
    // expressions.
    //
    // A gift pack sold after a main sale counts for the main sale (its seller, its month): its
    // lines carry the main sale's id and time (main_order_id, main_sold_at) and are folded apart,
    // per main sale, by a range scan of their own small index keyed (main_sold_at, main_order_id)
    // and joined to the main sale's row on (sold_at, order_id) like the checklist; the ordinary
    // fold leaves them out (main_order_id IS NULL, the predicate of its partial index on
    // PostgreSQL). Re-keying the pack lines into the ordinary fold instead would need a key that is
    // not the line's own (an expression index, or a sort of the whole month by it); this way every
    // scan stays an index-only range scan in index order, and the pack's returns (its lines'
    // returned quantities) reduce the main sale's figures as an ordinary line's would.
    String range =
        " WHERE %1$s.sold_at >= ?%2$d AND %1$s.sold_at < ?%3$d"
            + (oneStore ? " AND %1$s.store_id = ?%4$d" : "");
    String packRange =
        " WHERE m.main_sold_at >= ?%1$d AND m.main_sold_at < ?%2$d"
            + (oneStore ? " AND m.store_id = ?%3$d" : "");
    int p = oneStore ? 3 : 2;
    int firstInner = 3 * p + 1;
    String period = SqlPeriods.number("l.sold_at", firstInner, periods);
    return "SELECT so.store_id, so.consultant_id, so.period, MOD(so.first_main, 100) AS main_code,"
        + " COUNT(*) AS sales,"
        + " SUM(CASE WHEN so.acc_units > 0 THEN 1 ELSE 0 END) AS attached_sales,"
        + " SUM(so.acc_units) AS acc_units, SUM(so.acc_margin) AS acc_margin,"
        + " SUM(so.all_margin) AS all_margin, SUM(so.acc_loss) AS acc_loss,"
        + " COALESCE(SUM(ck.n_offered), 0) AS n_offered,"
        + " COALESCE(SUM(ck.n_accepted), 0) AS n_accepted,"
        + " COALESCE(SUM(ck.n_declined), 0) AS n_declined,"
        + " COALESCE(SUM(ck.n_not_offered), 0) AS n_not_offered"
        + " FROM (SELECT lf.sold_at, lf.order_id, lf.period, lf.store_id, lf.consultant_id,"
        + " lf.first_main,"
        + " lf.acc_units + COALESCE(pk.acc_units, 0) AS acc_units,"
        + " lf.acc_margin + COALESCE(pk.acc_margin, 0) AS acc_margin,"
        + " lf.acc_loss + COALESCE(pk.acc_loss, 0) AS acc_loss,"
        + " lf.all_margin + COALESCE(pk.all_margin, 0) AS all_margin"
        + " FROM (SELECT l.sold_at, l.order_id, "
        + period
        + " AS period, MIN(l.store_id) AS store_id,"
        + " MIN(l.consultant_id) AS consultant_id,"
        + " MIN(CASE WHEN l.category IN "
        + MAIN
        + " AND l.returned_quantity < l.quantity THEN l.line_no * 100 + "
        + MAIN_CODE
        + " END) AS first_main,"
        + lineSums("l")
        + " FROM sal_order_line l"
        + range.formatted("l", 1, 2, 3)
        + " AND l.main_order_id IS NULL"
        + " GROUP BY l.sold_at, l.order_id) lf"
        + " LEFT JOIN (SELECT m.main_sold_at, m.main_order_id,"
        + lineSums("m")
        + " FROM sal_order_line m"
        + packRange.formatted(2 * p + 1, 2 * p + 2, 2 * p + 3)
        + " AND m.main_order_id IS NOT NULL"
        + " GROUP BY m.main_sold_at, m.main_order_id) pk"
        + " ON pk.main_sold_at = lf.sold_at AND pk.main_order_id = lf.order_id) so"
        + " LEFT JOIN (SELECT c.sold_at, c.order_id,"
        + " SUM(CASE WHEN c.outcome = 'OFFERED' THEN 1 ELSE 0 END) AS n_offered,"
        + " SUM(CASE WHEN c.outcome = 'ACCEPTED' THEN 1 ELSE 0 END) AS n_accepted,"
        + " SUM(CASE WHEN c.outcome = 'DECLINED' THEN 1 ELSE 0 END) AS n_declined,"
        + " SUM(CASE WHEN c.outcome = 'NOT_OFFERED' THEN 1 ELSE 0 END) AS n_not_offered"
        + " FROM sal_checklist c"
        + range.formatted("c", p + 1, p + 2, p + 3)
        + " AND c.kind = 'ACCESSORY'"
        + " GROUP BY c.sold_at, c.order_id) ck"
        + " ON ck.sold_at = so.sold_at AND ck.order_id = so.order_id"
        + " WHERE so.first_main IS NOT NULL OR so.acc_units > 0"
        + " GROUP BY so.store_id, so.consultant_id, so.period, MOD(so.first_main, 100)"
        + " ORDER BY so.store_id, so.consultant_id, so.period, MOD(so.first_main, 100)";
  }

  private static AttachFigure figure(Object[] r) {
    boolean main = r[3] != null;
    return new AttachFigure(
        number(r[0]),
        number(r[1]),
        (int) number(r[2]),
        main ? MAIN_BY_NAME.get((int) number(r[3])) : null,
        main ? number(r[4]) : 0,
        main ? number(r[5]) : 0,
        main ? 0 : number(r[4]),
        number(r[6]),
        money(r[7]),
        money(r[8]),
        number(r[9]),
        number(r[10]),
        number(r[11]),
        number(r[12]),
        number(r[13]));
  }

  /**
   * The kept accessory units, their margin, the kept accessory lines at no margin or a loss and the
   * kept margin of all lines, of the lines aliased {@code t}.
   */
  private static String lineSums(String t) {
    String kept = KEPT_MARGIN.formatted(t);
    return " SUM(CASE WHEN %1$s.category IN %2$s THEN %1$s.quantity - %1$s.returned_quantity ELSE 0 END) AS acc_units,"
            .formatted(t, ACCESSORY)
        + " SUM(CASE WHEN %1$s.category IN %2$s THEN %3$s ELSE 0 END) AS acc_margin,"
            .formatted(t, ACCESSORY, kept)
        + (" SUM(CASE WHEN %1$s.category IN %2$s AND %1$s.returned_quantity < %1$s.quantity AND %3$s"
                + " <= 0 THEN 1 ELSE 0 END) AS acc_loss,")
            .formatted(t, ACCESSORY, kept)
        + " SUM(%s) AS all_margin".formatted(kept);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal money(Object value) {
    return LinePricing.money(value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()));
  }

  private static String categories(boolean main) {
    return Arrays.stream(Category.values())
        .filter(c -> main ? c.isMainProduct() : AttachFigure.isAccessory(c))
        .map(c -> "'" + c.name() + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
