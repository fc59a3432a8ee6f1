package org.storecrm.sales.internal.reports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storecrm.sales.AttachFigure;
import org.storecrm.sales.internal.checkout.LinePricing;

/**
 * A store's sales per seller in a period, set-based: one grouped query over the orders sold in it
 * and one over the returns made in it. Returns count in the period they happen, on the seller of
 * the returned order. The attach rate's counts come from the attach figures ({@link #addAttach}),
 * so every report shows the attach rate of the attach KPIs.
 */
public final class SalesFigures {
  /** One seller's figures; {@code refunds}/{@code returnedUnits} are returns made in the period. */
  public static final class Seller {
    final long sellerId;
    long orders;
    BigDecimal sold = BigDecimal.ZERO;
    BigDecimal refunds = BigDecimal.ZERO;
    long units;
    long returnedUnits;
    BigDecimal margin = BigDecimal.ZERO;
    BigDecimal marginReturned = BigDecimal.ZERO;
    long serviceCards;
    long serviceCardsReturned;

    /** Main sales and those with a kept accessory, as the attach KPIs count them. */
    long mainOrders;

    long mainOrdersWithAccessory;
    long deposits;

    public Seller(long sellerId) {
      this.sellerId = sellerId;
    }

    public long sellerId() {
      return sellerId;
    }

    /** Sold in the period, before refunds. */
    public BigDecimal sold() {
      return sold;
    }

    /** Refunds of returns made in the period. */
    public BigDecimal refunds() {
      return refunds;
    }

    public BigDecimal netRevenue() {
      return LinePricing.money(sold.subtract(refunds));
    }

    long netUnits() {
      return units - returnedUnits;
    }

    BigDecimal netMargin() {
      return LinePricing.money(margin.subtract(marginReturned));
    }

    long netServiceCards() {
      return serviceCards - serviceCardsReturned;
    }

    /** Percent of main-product orders that carried an accessory, two decimals; 0 without any. */
    BigDecimal attachRate() {
      return rate(mainOrdersWithAccessory, mainOrders);
    }

    void add(Seller other) {
      orders += other.orders;
      sold = sold.add(other.sold);
      refunds = refunds.add(other.refunds);
      units += other.units;
      returnedUnits += other.returnedUnits;
      margin = margin.add(other.margin);
      marginReturned = marginReturned.add(other.marginReturned);
      serviceCards += other.serviceCards;
      serviceCardsReturned += other.serviceCardsReturned;
      mainOrders += other.mainOrders;
      mainOrdersWithAccessory += other.mainOrdersWithAccessory;
      deposits += other.deposits;
    }
  }

  private SalesFigures() {}

  public static BigDecimal rate(long part, long whole) {
    return whole == 0
        ? BigDecimal.ZERO.setScale(2)
        : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  /**
   * Per seller of the store (or of one seller when {@code sellerId} is given), sales in [from, to).
   */
  public static Map<Long, Seller> of(
      EntityManager em, long storeId, Long sellerId, Instant from, Instant to) {
    Map<Long, Seller> sellers = new TreeMap<>();
    String oneSeller = sellerId == null ? "" : " AND o.consultant_id = ?4";
    for (Object[] row :
        rows(
            em,
            "SELECT consultant_id, COUNT(*), SUM(net), SUM(units), SUM(margin), SUM(cards),"
                + " SUM(CASE WHEN deposit > 0 THEN 1 ELSE 0 END) FROM ("
                + " SELECT o.id, o.consultant_id, o.deposit, SUM(l.net_amount) AS net,"
                + " SUM(l.quantity) AS units, SUM(l.margin) AS margin,"
                + " SUM(CASE WHEN l.category = 'SERVICE' THEN l.quantity ELSE 0 END) AS cards"
                + " FROM sal_order o JOIN sal_order_line l ON l.order_id = o.id"
                + " WHERE o.store_id = ?1 AND o.sold_at >= ?2 AND o.sold_at < ?3"
                + oneSeller
                + " GROUP BY o.id, o.consultant_id, o.deposit) per_order GROUP BY consultant_id",
            storeId,
            from,
            to,
            sellerId)) {
      Seller s = sellers.computeIfAbsent(number(row[0]), Seller::new);
      s.orders = number(row[1]);
      s.sold = money(row[2]);
      s.units = number(row[3]);
      s.margin = money(row[4]);
      s.serviceCards = number(row[5]);
      s.deposits = number(row[6]);
    }
    for (Object[] row :
        rows(
            em,
            "SELECT o.consultant_id, SUM(r.amount), SUM(r.quantity),"
                + " SUM(r.amount - r.cost_amount),"
                + " SUM(CASE WHEN l.category = 'SERVICE' THEN r.quantity ELSE 0 END)"
                + " FROM sal_return r JOIN sal_order o ON o.id = r.order_id"
                + " JOIN sal_order_line l ON l.id = r.line_id"
                + " WHERE r.store_id = ?1 AND r.returned_at >= ?2 AND r.returned_at < ?3"
                + oneSeller
                + " GROUP BY o.consultant_id",
            storeId,
            from,
            to,
            sellerId)) {
      Seller s = sellers.computeIfAbsent(number(row[0]), Seller::new);
      s.refunds = money(row[1]);
      s.returnedUnits = number(row[2]);
      s.marginReturned = money(row[3]);
      s.serviceCardsReturned = number(row[4]);
    }
    return sellers;
  }

  /** Adds the attach figures' main and attached sales to their sellers. */
  static void addAttach(Map<Long, Seller> sellers, List<AttachFigure> figures) {
    for (AttachFigure f : figures) {
      Seller s = sellers.computeIfAbsent(f.consultantId(), Seller::new);
      s.mainOrders += f.mainSales();
      s.mainOrdersWithAccessory += f.attachedSales();
    }
  }

  /** Runs a native query with positional parameters; a null last parameter is left out. */
  public static List<Object[]> rows(EntityManager em, String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      if (value instanceof Instant instant) {
        value = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
      }
      if (value != null) {
        query.setParameter(i + 1, value);
      }
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add(row instanceof Object[] cells ? cells : new Object[] {row});
    }
    return rows;
  }

  public static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static BigDecimal money(Object value) {
    return value == null
        ? BigDecimal.ZERO.setScale(2)
        : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
  }
}
