package org.storecrm.sales.internal.checkout;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerPurchases;
import org.storecrm.customers.Purchase;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.OrderPlaced;
import org.storecrm.sales.OrderRule;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.PackSale;
import org.storecrm.sales.Stage;
import org.storecrm.sales.Submission;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.internal.catalogue.Product;
import org.storecrm.sales.internal.catalogue.StockLedger;
import org.storecrm.sales.internal.opportunities.Opportunity;
import org.storecrm.sales.internal.reports.AttachRollup;

/**
 * Places one order in one transaction: prices and checks it, takes the stock, records the order,
 * its checklist and its idempotency key, has the buyer's card record the purchase ({@link
 * CustomerPurchases}), and fires {@link OrderPlaced} for the observers that commit with it. Only
 * {@link CheckoutService} calls it.
 */
@Stateless
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class OrderPlacement {
  public static final String RECORD_TYPE = "Order";

  @PersistenceContext EntityManager em;
  @Inject CurrentUser user;
  @Inject AuditTrail audit;
  @Inject StockLedger stock;
  @Inject Advice advice;
  @Inject CustomerDirectory customers;
  @Inject SaleRules rules;
  @Inject GiftPackPlacement packs;
  @Inject Instance<OrderRule> orderRules;
  @Inject CustomerPurchases purchases;
  @Inject Event<OrderPlaced> orderPlaced;
  @Inject Clock clock;
  @EJB AttachRollup rollup;

  /**
   * What the order transaction needs that is read before it: the caller's store, the basket's
   * products (read-only copies) and the advice for the basket, computed once outside the
   * transaction so that the transaction only writes.
   */
  record Prepared(long storeId, Map<Long, Product> products, List<Suggestion> advice) {}

  /**
   * Places one order in one transaction. The key was looked up before (an earlier order with it was
   * answered then); a concurrent twin with the same key fails here on the key's unique row.
   */
  public Submission place(
      NewOrder input, String idempotencyKey, String requestHash, Prepared prepared) {
    return place(input, idempotencyKey, requestHash, prepared, null);
  }

  /**
   * Sells a gift pack as an order: one line per component (quantities times the packs sold), the
   * pack's price split by list-price share, no discount check (the pack's price is its own).
   */
  public Submission placePack(
      PackSale pack, String idempotencyKey, String requestHash, Prepared prepared) {
    return place(GiftPackPlacement.order(pack), idempotencyKey, requestHash, prepared, pack);
  }

  /**
   * Writes the order with one flush: the order, its lines, checklist and idempotency key (and what
   * the customer card's {@link CustomerPurchases#recordSale} and the {@link OrderPlaced} observers
   * write) go to the database together, in JDBC batches, just before the guarded stock update, so
   * that the stock row is locked only from there to the commit and a twin with the same key fails
   * on the key before it takes any stock.
   */
  private Submission place(
      NewOrder input, String idempotencyKey, String requestHash, Prepared prepared, PackSale pack) {
    long userId = user.userId().orElseThrow(() -> new IllegalStateException("no staff record"));
    long storeId = prepared.storeId();
    Map<Long, Product> products = prepared.products();
    checkCustomer(input.customerId(), storeId);
    checkRules(input, storeId, products);

    Instant now = clock.instant();
    SalesOrder main = packs.mainSale(pack, storeId);
    SalesOrder order =
        new SalesOrder(
            storeId,
            userId,
            input.customerId(),
            input.soldAt() == null ? now : input.soldAt(),
            user.username());
    order.paidBy(input.payment(), input.accountId());
    order.soldAfter(main);
    // A sale recorded late, or a pack counted for a main sale of an earlier month, may change a
    // closed month's attach figures.
    if (input.soldAt() != null) {
      rollup.changed(input.soldAt());
    }
    if (main != null) {
      rollup.changed(main.soldAt());
    }

    List<BigDecimal> shares =
        pack == null ? null : GiftPackPlacement.shares(pack, input.lines(), products);
    BigDecimal worstDiscount = BigDecimal.ZERO;
    int worstLine = -1;
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < input.lines().size(); i++) {
      OrderLineInput line = input.lines().get(i);
      Product product = products.get(line.productId());
      LinePricing.Priced priced =
          shares == null
              ? SaleRules.price(product, line, i)
              : LinePricing.packLine(
                  product.price(), product.cost(), line.quantity(), shares.get(i));
      if (shares == null && priced.discountPercent().compareTo(worstDiscount) > 0) {
        worstDiscount = priced.discountPercent();
        worstLine = i;
      }
      total = total.add(priced.net());
      OrderLine orderLine = new OrderLine(order, i + 1, product, line.quantity(), priced);
      orderLine.recordSerials(line.allSerials());
      if (pack != null) {
        orderLine.partOfPack(pack.packId(), pack.packName());
      }
      if (main != null) {
        orderLine.soldAfter(main);
      }
      order.add(orderLine);
    }
    BigDecimal orderTotal = LinePricing.money(total);
    BigDecimal deposit = SaleRules.deposit(input.deposit(), orderTotal);
    order.charge(
        orderTotal, deposit, rules.approveDiscount(worstDiscount, worstLine, input, storeId));
    rules.checkCredit(input, storeId, order.total());

    for (ChecklistRules.Recorded recorded :
        ChecklistRules.record(prepared.advice(), input.checklist(), products.keySet())) {
      order.record(new ChecklistRecord(order, recorded.suggestion(), recorded.outcome()));
    }
    em.persist(order); // cascades to the lines and the checklist
    if (idempotencyKey != null) {
      em.persist(new IdempotencyRecord(userId, idempotencyKey, order, requestHash, now));
    }
    audit.created(new AuditedRecord(RECORD_TYPE, order.id(), storeId), order.auditState());
    orderOpportunities(order, now);
    purchases.recordSale(
        new Purchase(
            order.id(),
            order.customerId(),
            storeId,
            userId,
            order.soldAt(),
            order.total(),
            LinePricing.money(order.margin()),
            order.lines().stream()
                .map(
                    l ->
                        new Purchase.Item(
                            l.productId(), l.sku(), l.name(), l.category().name(), l.quantity()))
                .toList()));
    orderPlaced.fire(
        new OrderPlaced(
            order.id(),
            storeId,
            order.customerId(),
            order.accountId(),
            userId,
            order.payment(),
            order.soldAt(),
            order.total(),
            order.deposit(),
            order.lines().stream()
                .map(
                    l ->
                        new OrderPlaced.Line(
                            l.id(),
                            l.lineNo(),
                            l.productId(),
                            l.category(),
                            l.quantity(),
                            l.netAmount(),
                            l.serials()))
                .toList(),
            order.checklist().stream().map(ChecklistRecord::toEntry).toList()));
    // The one flush: every insert above, the key's before any stock is taken.
    em.flush();
    takeStock(order, products, storeId);
    return new Submission(order.toView(), false);
  }

  /**
   * A sale to a customer moves their open opportunities of a sold category to ORDERED, naming the
   * order, in the sale's transaction (the customers module, which knows nothing of opportunities,
   * clears the intent grade of a buyer in the same transaction). The query does not flush: the
   * order's rows go in the one flush below.
   */
  private void orderOpportunities(SalesOrder order, Instant now) {
    if (order.customerId() == null) {
      return;
    }
    List<Opportunity> open =
        em.createQuery(
                "select o from Opportunity o where o.customerId = :customer"
                    + " and o.storeId = :store and o.stage in :open and o.category in :sold",
                Opportunity.class)
            .setParameter("customer", order.customerId())
            .setParameter("store", order.storeId())
            .setParameter("open", Opportunity.stagesThatMayMoveTo(Stage.ORDERED))
            .setParameter("sold", order.lines().stream().map(l -> l.category()).distinct().toList())
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    for (Opportunity opportunity : open) {
      Map<String, Object> before = opportunity.auditState();
      opportunity.moveTo(Stage.ORDERED, now);
      opportunity.linkOrder(order.id());
      audit.changed(
          new AuditedRecord(Opportunity.RECORD_TYPE, opportunity.id(), opportunity.storeId()),
          before,
          opportunity.auditState());
    }
  }

  /**
   * The order an earlier submission with this key made, if any; a key reused for a different
   * request (another hash) is refused.
   */
  public Optional<OrderView> earlierOrder(long userId, String idempotencyKey, String requestHash) {
    IdempotencyRecord used =
        em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(userId, idempotencyKey));
    if (used == null) {
      return Optional.empty();
    }
    if (used.requestHash() != null
        && requestHash != null
        && !used.requestHash().equals(requestHash)) {
      throw RuleViolationException.refused(
          "sales.idempotencyKeyReused",
          "Idempotency-Key",
          "This Idempotency-Key was used for a different request; use a new key for a new sale");
    }
    return Optional.ofNullable(em.find(SalesOrder.class, used.orderId())).map(SalesOrder::toView);
  }

  /**
   * The basket's products in one read-only query (not registered in the unit of work, so nothing to
   * compare at a flush); an unknown or retired product is refused naming its line.
   */
  static Map<Long, Product> products(EntityManager em, List<OrderLineInput> lines) {
    List<Long> ids = lines.stream().map(OrderLineInput::productId).distinct().toList();
    Map<Long, Product> found =
        em
            .createQuery("select p from Product p where p.id in :ids", Product.class)
            .setParameter("ids", ids)
            .setHint("eclipselink.read-only", "true")
            .getResultList()
            .stream()
            .collect(Collectors.toMap(p -> p.id(), Function.identity()));
    for (int i = 0; i < lines.size(); i++) {
      Product product = found.get(lines.get(i).productId());
      if (product == null || !product.active()) {
        throw RuleViolationException.refused(
            "sales.productUnknown",
            "lines[" + i + "].productId",
            "Product " + lines.get(i).productId() + " is not in the catalogue");
      }
    }
    return found;
  }

  /** A light existence check in the caller's store (one indexed query for the id and name). */
  private void checkCustomer(Long customerId, long storeId) {
    if (customerId == null) {
      return;
    }
    // The store's own customer: head office selling for one store cannot book another's card.
    if (!customers.isCustomerOf(customerId, storeId)) {
      throw RuleViolationException.refused(
          "sales.customerUnknown", "customerId", "Customer " + customerId + " is not found");
    }
  }

  /** Takes each product's total quantity, in product-id order so that two orders never deadlock. */
  private void takeStock(SalesOrder order, Map<Long, Product> products, long storeId) {
    Map<Long, Integer> quantities = new TreeMap<>();
    order.lines().forEach(l -> quantities.merge(l.productId(), l.quantity(), Integer::sum));
    quantities.forEach(
        (productId, quantity) -> {
          Product product = products.get(productId);
          if (!product.category().isStocked()) {
            return;
          }
          StockLedger.Shortage shortage =
              stock.take(
                  productId,
                  storeId,
                  quantity,
                  product.pricingRole() == org.storecrm.sales.PricingRole.TRAFFIC
                      ? product.trafficLimit()
                      : null);
          switch (shortage) {
            case OUT_OF_STOCK ->
                throw RuleViolationException.conflict(
                    "sales.outOfStock",
                    "lines",
                    product.sku() + " is out of stock",
                    Map.of("sku", product.sku()));
            case TRAFFIC_LIMIT ->
                throw RuleViolationException.conflict(
                    "sales.trafficLimit",
                    "lines",
                    product.sku() + " has reached the store's limit for this offer",
                    Map.of("sku", product.sku()));
            default -> {}
          }
        });
  }

  /**
   * The upper modules' rules (services: plans need an eligible device's serial), before writing.
   */
  private void checkRules(NewOrder input, long storeId, Map<Long, Product> products) {
    if (orderRules.isUnsatisfied()) {
      return;
    }
    List<OrderRule.Line> lines = new java.util.ArrayList<>();
    for (int i = 0; i < input.lines().size(); i++) {
      OrderLineInput line = input.lines().get(i);
      Product product = products.get(line.productId());
      lines.add(
          new OrderRule.Line(
              i,
              line.productId(),
              product == null ? null : product.category(),
              line.quantity(),
              line.allSerials()));
    }
    OrderRule.Draft draft =
        new OrderRule.Draft(storeId, input.customerId(), input.accountId(), lines);
    for (OrderRule rule : orderRules) {
      for (OrderRule.Refusal refusal : rule.check(draft)) {
        throw RuleViolationException.refused(
            refusal.messageKey(), refusal.field(), refusal.message());
      }
    }
  }
}
