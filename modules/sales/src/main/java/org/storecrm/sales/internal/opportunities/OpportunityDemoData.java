package org.storecrm.sales.internal.opportunities;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.BaseKind;
import org.storecrm.customers.CustomerPurchases;
import org.storecrm.customers.DemoCustomers;
import org.storecrm.customers.DemoCustomers.DemoCustomer;
import org.storecrm.customers.Purchase;
import org.storecrm.platform.DemoData;
import org.storecrm.sales.Category;
import org.storecrm.sales.Payment;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.Stage;
import org.storecrm.sales.internal.catalogue.Product;
import org.storecrm.sales.internal.checkout.LinePricing;
import org.storecrm.sales.internal.checkout.OrderLine;
import org.storecrm.sales.internal.checkout.SalesOrder;
import org.storecrm.sales.internal.reports.AttachRollup;

/**
 * A realistic pipeline in each demo store, so the funnel is not empty on first login (issue 15):
 * opportunities of the store's graded demo customers in every open stage (the customers closest to
 * buying furthest along), some won by a demo sale to the customer (ORDERED, and DELIVERED after),
 * and the demo's lost customers' opportunities lost with their lost sale's reason. Every move goes
 * through the stage rule ({@link Opportunity#moveTo}); a won sale is recorded on the buyer's card
 * as any sale is ({@link CustomerPurchases}). All opened this month, in the past.
 */
@ApplicationScoped
public class OpportunityDemoData implements DemoData {
  private static final List<Category> CATEGORIES =
      List.of(
          Category.NOTEBOOK, Category.PHONE, Category.CAMERA, Category.TABLET, Category.DESKTOP);

  /** The stages the open and won opportunities end in, the furthest first. */
  private static final List<Stage> ENDS =
      List.of(
          Stage.DELIVERED, Stage.ORDERED, Stage.QUOTED, Stage.VISITED, Stage.CONTACTED, Stage.LEAD);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CustomerPurchases purchases;
  @EJB AttachRollup rollup;

  @Override
  public String module() {
    return "sales-opportunities";
  }

  @Override
  public int order() {
    return 26; // after the catalogue (20) and the sales history (25); the customers are 10
  }

  @Override
  public void seed() {
    Map<Category, Product> products = mainProducts();
    if (products.isEmpty()) {
      return;
    }
    seedStore("SH-FLAGSHIP", "consultant", 2, products);
    seedStore("CD-PLAZA", "plaza.consultant", 1, products);
    em.flush();
  }

  /** The first mainstream or resource product on sale of each category of the pipeline. */
  private Map<Category, Product> mainProducts() {
    Map<Category, Product> first = new LinkedHashMap<>();
    em.createQuery(
            "select p from Product p where p.status = 'ON_SALE' and p.pricingRole <> :traffic"
                + " and p.category in :categories order by p.id",
            Product.class)
        .setParameter("traffic", PricingRole.TRAFFIC)
        .setParameter("categories", CATEGORIES)
        .getResultList()
        .forEach(p -> first.putIfAbsent(p.category(), p));
    return first;
  }

  private void seedStore(
      String storeCode, String username, int perStage, Map<Category, Product> products) {
    List<Long> stores = DemoData.storeIds(em, storeCode);
    if (stores.isEmpty()) {
      return;
    }
    long storeId = stores.get(0);
    long consultantId = DemoData.userId(em, username);
    List<DemoCustomer> customers = DemoCustomers.ofStore(em, storeId);
    // The customers closest to buying (by grade) are the furthest along.
    Iterator<DemoCustomer> intent =
        customers.stream()
            .filter(c -> c.baseKind() == BaseKind.INTENT && c.grade() != null)
            .sorted(Comparator.comparingInt((DemoCustomer c) -> c.grade().ordinal()))
            .iterator();
    Instant now = clock.instant();
    Instant monthStart =
        LocalDate.now(clock).withDayOfMonth(1).atStartOfDay(clock.getZone()).toInstant();
    Duration month = Duration.between(monthStart, now);
    int n = 0;
    for (Stage end : ENDS) {
      for (int k = 0; k < perStage && intent.hasNext(); k++, n++) {
        DemoCustomer customer = intent.next();
        Product product = products.get(CATEGORIES.get(n % CATEGORIES.size()));
        if (product == null) {
          continue;
        }
        // Opened early in the month, each step a little later, the last one before now.
        Instant opened = at(monthStart, month, 0.05 + 0.02 * n);
        Opportunity opportunity =
            open(storeId, customer, consultantId, username, product, opened, n);
        List<Stage> path = Stage.PATH.subList(1, Stage.PATH.indexOf(end) + 1);
        for (int step = 0; step < path.size(); step++) {
          Stage stage = path.get(step);
          Instant at = at(monthStart, month, 0.3 + 0.1 * step + 0.01 * n);
          if (stage == Stage.ORDERED) {
            SalesOrder order = sale(storeId, consultantId, username, customer, product, at);
            opportunity.linkOrder(order.id());
          }
          opportunity.moveTo(stage, at);
        }
      }
    }
    // The demo's lost customers: their opportunity lost, with their lost sale's reason.
    for (DemoCustomer customer : customers) {
      if (customer.baseKind() != BaseKind.LOST || customer.lostReasonId() == null) {
        continue;
      }
      Product product = products.get(CATEGORIES.get(n % CATEGORIES.size()));
      if (product == null) {
        continue;
      }
      Opportunity opportunity =
          open(storeId, customer, consultantId, username, product, at(monthStart, month, 0.1), n++);
      opportunity.moveTo(Stage.VISITED, at(monthStart, month, 0.3));
      opportunity.moveTo(Stage.LOST, at(monthStart, month, 0.6));
      opportunity.recordLoss(customer.lostReasonId(), "苏宁 价格差 300 元");
    }
  }

  /** A point in the month so far: {@code fraction} of the way from its start to now. */
  private static Instant at(Instant monthStart, Duration month, double fraction) {
    return monthStart.plusMillis((long) (month.toMillis() * Math.min(fraction, 0.95)));
  }

  private Opportunity open(
      long storeId,
      DemoCustomer customer,
      long consultantId,
      String username,
      Product product,
      Instant opened,
      int n) {
    Opportunity opportunity =
        new Opportunity(
            storeId, customer.id(), null, consultantId, customer.source(), opened, username);
    opportunity.interest(
        product.category(),
        LinePricing.money(product.price()),
        LocalDate.now(clock).plusDays(7 + 3L * n));
    em.persist(opportunity);
    return opportunity;
  }

  /** The demo sale that wins an opportunity, on the buyer's card like any sale. */
  private SalesOrder sale(
      long storeId,
      long consultantId,
      String username,
      DemoCustomer customer,
      Product product,
      Instant soldAt) {
    SalesOrder order = new SalesOrder(storeId, consultantId, customer.id(), soldAt, username);
    order.paidBy(Payment.CARD, null);
    LinePricing.Priced priced = LinePricing.price(product.price(), product.cost(), 1, null, null);
    order.add(new OrderLine(order, 1, product, 1, priced));
    order.charge(LinePricing.money(priced.net()), LinePricing.money(BigDecimal.ZERO), null);
    em.persist(order);
    rollup.changed(soldAt);
    purchases.recordSale(
        new Purchase(
            order.id(),
            customer.id(),
            storeId,
            consultantId,
            soldAt,
            order.total(),
            LinePricing.money(priced.net().subtract(product.cost())),
            List.of(
                new Purchase.Item(
                    product.id(), product.sku(), product.name(), product.category().name(), 1))));
    return order;
  }
}
