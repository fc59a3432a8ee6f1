package org.storecrm.sales.internal.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.storecrm.platform.DemoData;
import org.storecrm.sales.Category;
import org.storecrm.sales.Payment;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.TargetInput;
import org.storecrm.sales.internal.catalogue.Product;
import org.storecrm.sales.internal.checkout.LinePricing;
import org.storecrm.sales.internal.checkout.OrderLine;
import org.storecrm.sales.internal.checkout.SalesOrder;
import org.storecrm.sales.internal.reports.AttachRollup;
import org.storecrm.sales.internal.targets.SalesTarget;

/**
 * Six weeks of sales in both demo stores up to now, and the months' targets, so that a manager
 * trying the demo reads today's numbers, the month against target, the attach KPIs and the
 * commission on real-looking figures. They stand for sales imported from the till the chain used
 * before: walk-ins (the customers' cards keep their own demo story), no checklist answers (the
 * counter records those; a history import has none), and stock left as the catalogue set it. The
 * same every time (a fixed random seed).
 */
@ApplicationScoped
public class SalesHistoryDemoData implements DemoData {
  static final int DAYS = 42;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB AttachRollup rollup;

  private record Seller(long storeId, long userId, String username) {}

  /** What a seller's history sold. */
  private record Sold(BigDecimal revenue, int units) {
    Sold plus(Sold other) {
      return new Sold(revenue.add(other.revenue), units + other.units);
    }
  }

  @Override
  public String module() {
    return "sales-history";
  }

  @Override
  public int order() {
    return 25; // after the catalogue (20)
  }

  @Override
  public void seed() {
    List<Product> mains =
        em
            .createQuery(
                "select p from Product p where p.status = 'ON_SALE' and p.pricingRole <> :traffic"
                    + " order by p.id",
                Product.class)
            .setParameter("traffic", PricingRole.TRAFFIC)
            .getResultList()
            .stream()
            .filter(p -> p.category().isMainProduct())
            .toList();
    if (mains.isEmpty()) {
      return;
    }
    Random random = new Random(20261202L);
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    List<YearMonth> months =
        Stream.iterate(
                YearMonth.from(today.minusDays(DAYS)),
                month -> !month.isAfter(YearMonth.from(today)),
                month -> month.plusMonths(1))
            .toList();
    List<Product> accessories =
        em.createQuery(
                "select p from Product p where p.status = 'ON_SALE' and p.category = :accessory"
                    + " order by p.id",
                Product.class)
            .setParameter("accessory", Category.ACCESSORY)
            .getResultList();
    for (Seller seller : sellers()) {
      Sold sold = new Sold(BigDecimal.ZERO, 0);
      for (LocalDate day = today.minusDays(DAYS); !day.isAfter(today); day = day.plusDays(1)) {
        boolean weekend =
            day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        int sales = 2 + random.nextInt(3) + (weekend ? 2 : 0);
        for (int i = 0; i < sales; i++) {
          Instant soldAt =
              day.atTime(LocalTime.of(10, 0).plusMinutes(random.nextInt(11 * 60)))
                  .atZone(clock.getZone())
                  .toInstant();
          if (soldAt.isAfter(now)) {
            continue;
          }
          Product main = mains.get(random.nextInt(mains.size()));
          SalesOrder order = sale(seller, soldAt, main, accessories, random);
          sold = sold.plus(new Sold(order.total(), order.lines().size()));
        }
      }
      for (YearMonth month : months) {
        target(seller, month, sold);
      }
    }
    em.flush();
    // The attach rollup may hold these months already (a database seeded before this history).
    months.forEach(
        month -> rollup.changed(month.atDay(1).atStartOfDay(clock.getZone()).toInstant()));
  }

  /** The demo stores' consultants (platform demo data), the sellers of this history. */
  private List<Seller> sellers() {
    return List.of(seller("SH-FLAGSHIP", "consultant"), seller("CD-PLAZA", "plaza.consultant"));
  }

  private Seller seller(String storeCode, String username) {
    return new Seller(DemoData.storeId(em, storeCode), DemoData.userId(em, username), username);
  }

  /**
   * One sale of a main product: about half with an accessory (a few with two), now and then a small
   * discount on the main product.
   */
  private SalesOrder sale(
      Seller seller, Instant soldAt, Product main, List<Product> accessories, Random random) {
    SalesOrder order =
        new SalesOrder(seller.storeId(), seller.userId(), null, soldAt, seller.username());
    order.paidBy(random.nextInt(10) < 6 ? Payment.CARD : Payment.CASH, null);
    BigDecimal discount =
        random.nextInt(5) == 0
            ? LinePricing.money(main.price().multiply(new BigDecimal("0.02")))
            : null;
    List<Product> basket = new ArrayList<>(List.of(main));
    int taken =
        accessories.isEmpty() || random.nextInt(100) >= 50 ? 0 : random.nextInt(4) == 0 ? 2 : 1;
    for (int i = 0; i < taken; i++) {
      basket.add(accessories.get(random.nextInt(accessories.size())));
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < basket.size(); i++) {
      Product product = basket.get(i);
      LinePricing.Priced priced =
          LinePricing.price(product.price(), product.cost(), 1, null, i == 0 ? discount : null);
      order.add(new OrderLine(order, i + 1, product, 1, priced));
      total = total.add(priced.net());
    }
    order.charge(LinePricing.money(total), LinePricing.money(BigDecimal.ZERO), null);
    em.persist(order);
    return order;
  }

  /**
   * The month's targets: a full month at the history's pace plus a tenth (so a month reads near or
   * behind target), for the consultant and, summed, for the store.
   */
  private void target(Seller seller, YearMonth month, Sold inHistory) {
    BigDecimal scale =
        BigDecimal.valueOf(month.lengthOfMonth() * 11L)
            .divide(BigDecimal.valueOf(10L * (DAYS + 1)), 4, RoundingMode.HALF_UP);
    BigDecimal revenue = inHistory.revenue().multiply(scale).setScale(-3, RoundingMode.HALF_UP);
    int units =
        BigDecimal.valueOf(inHistory.units())
            .multiply(scale)
            .setScale(0, RoundingMode.HALF_UP)
            .intValue();
    for (Long consultant : new Long[] {seller.userId(), null}) {
      SalesTarget target =
          em.createQuery(
                  "select t from SalesTarget t where t.storeId = :store and t.subjectKey = :subject"
                      + " and t.month = :month",
                  SalesTarget.class)
              .setParameter("store", seller.storeId())
              .setParameter("subject", SalesTarget.subjectKey(consultant))
              .setParameter("month", month.toString())
              .getResultStream()
              .findFirst()
              .orElse(null);
      boolean created = target == null;
      if (created) {
        target = new SalesTarget(seller.storeId(), consultant, month);
      }
      // Added to what is there: the consultant's pace and, summed, the store's.
      target.apply(
          new TargetInput(
              consultant,
              (created ? BigDecimal.ZERO : target.revenue()).add(revenue),
              (created ? 0 : target.units()) + units,
              (created ? 0 : target.newLeads()) + 30,
              new BigDecimal("45.0"),
              0), // service cards are sold by the services module
          "demo",
          clock.instant());
      if (created) {
        em.persist(target);
      }
    }
  }
}
