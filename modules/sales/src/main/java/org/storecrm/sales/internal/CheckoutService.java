package org.storecrm.sales.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.customers.SaleReturned;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderFilter;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.OrderStatus;
import org.storecrm.sales.OrderSummary;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.PackSale;
import org.storecrm.sales.ReturnRequest;
import org.storecrm.sales.Submission;
import org.storecrm.sales.Suggestion;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class CheckoutService implements Checkout {
  private static final Map<String, Function<Root<SalesOrder>, Expression<?>>> SORTABLE =
      Map.of("soldAt", r -> r.get("soldAt"), "total", r -> r.get("total"));

  @PersistenceContext EntityManager em;
  @EJB OrderPlacement placement;
  @Inject Event<SaleReturned> saleReturned;
  @Inject Advice advice;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject StockLedger stock;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public List<Suggestion> advice(List<OrderLineInput> lines) {
    return advice(null, lines);
  }

  @Override
  public List<Suggestion> advice(Long customerId, List<OrderLineInput> lines) {
    List<Long> ids = lines.stream().map(OrderLineInput::productId).distinct().toList();
    Map<Long, Product> products =
        em
            .createQuery("select p from Product p where p.id in :ids", Product.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(p -> p.id, Function.identity()));
    Map<Long, Integer> quantities = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      OrderLineInput line = lines.get(i);
      if (!products.containsKey(line.productId())) {
        throw OrderPlacement.refused(
            "sales.productUnknown",
            "lines[" + i + "].productId",
            "Product " + line.productId() + " is not in the catalogue");
      }
      quantities.merge(line.productId(), line.quantity(), Integer::sum);
    }
    List<Advice.Item> items = new ArrayList<>();
    quantities.forEach((id, q) -> items.add(new Advice.Item(products.get(id), q)));
    return advice.forBasket(items, scope.limitedTo(), customerId);
  }

  /**
   * Runs the placement in a transaction of its own, so that when a concurrent twin with the same
   * key won the race (this one failed on the key's unique row) the twin's order can be read and
   * answered.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Submission submit(NewOrder order, String idempotencyKey) {
    return once(idempotencyKey, key -> placement.place(order, key));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Submission sellPack(PackSale sale, String idempotencyKey) {
    return once(idempotencyKey, key -> placement.placePack(sale, key));
  }

  /**
   * Places an order in its own transaction; when it failed because a concurrent twin with the same
   * key won the race, answers the twin's order instead.
   */
  private Submission once(
      String idempotencyKey, java.util.function.Function<String, Submission> placing) {
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
    try {
      return placing.apply(key);
    } catch (RuleViolationException | RecordNotFoundException refused) {
      throw refused;
    } catch (RuntimeException failure) {
      Optional<OrderView> twin =
          key == null || user.userId().isEmpty()
              ? Optional.empty()
              : placement.earlierOrder(user.userId().get(), key);
      if (twin.isPresent()) {
        return new Submission(twin.get(), true);
      }
      throw failure;
    }
  }

  @Override
  public OrderView get(long id) {
    return load(id).toView();
  }

  @Override
  public Page<OrderSummary> find(OrderFilter filter, PageRequest page) {
    return CriteriaPages.find(
            em,
            SalesOrder.class,
            page,
            (cb, root) -> {
              List<Predicate> where = new ArrayList<>();
              where.add(scope.restrict(cb, root.get("storeId")));
              if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.<Instant>get("soldAt"), filter.from()));
              }
              if (filter.to() != null) {
                where.add(cb.lessThan(root.<Instant>get("soldAt"), filter.to()));
              }
              if (filter.consultantId() != null) {
                where.add(cb.equal(root.get("consultantId"), filter.consultantId()));
              }
              return cb.and(where.toArray(Predicate[]::new));
            },
            SORTABLE,
            "soldAt",
            root -> {})
        .map(SalesOrder::toSummary);
  }

  @Override
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  public OrderView returnItems(long orderId, ReturnRequest request) {
    SalesOrder order = load(orderId);
    Map<String, Object> before = order.auditState();
    Map<Long, OrderLine> lines =
        order.lines.stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
    Instant now = clock.instant();
    BigDecimal refunded = BigDecimal.ZERO;
    BigDecimal marginTakenBack = BigDecimal.ZERO;
    for (int i = 0; i < request.lines().size(); i++) {
      ReturnRequest.Line wanted = request.lines().get(i);
      OrderLine line = lines.get(wanted.lineId());
      if (line == null) {
        throw OrderPlacement.refused(
            "sales.returnLineUnknown",
            "lines[" + i + "].lineId",
            "Line " + wanted.lineId() + " is not a line of order " + orderId);
      }
      if (line.returnedQuantity + wanted.quantity() > line.quantity) {
        throw OrderPlacement.refused(
            "sales.returnTooMany",
            "lines[" + i + "].quantity",
            "Only "
                + (line.quantity - line.returnedQuantity)
                + " of "
                + line.sku
                + " can be returned");
      }
      var refund =
          ReturnArithmetic.refund(
              line.netAmount,
              line.quantity,
              line.returnedQuantity,
              line.returnedAmount,
              wanted.quantity());
      refunded = refunded.add(refund);
      marginTakenBack =
          marginTakenBack.add(
              refund.subtract(line.unitCost.multiply(BigDecimal.valueOf(wanted.quantity()))));
      line.returnedQuantity += wanted.quantity();
      line.returnedAmount = line.returnedAmount.add(refund);
      order.returnedAmount = order.returnedAmount.add(refund);
      em.persist(new ReturnRecord(order, line, wanted.quantity(), refund, now, user.username()));
      if (line.category.isStocked()) {
        stock.putBack(line.productId, order.storeId, wanted.quantity());
      }
    }
    order.status =
        order.lines.stream().allMatch(l -> l.returnedQuantity == l.quantity)
            ? OrderStatus.RETURNED
            : OrderStatus.PARTLY_RETURNED;
    em.flush();
    saleReturned.fire(
        new SaleReturned(
            order.id,
            order.customerId,
            order.storeId,
            now,
            LinePricing.money(refunded),
            LinePricing.money(marginTakenBack)));
    audit.changed(
        new AuditedRecord(OrderPlacement.RECORD_TYPE, order.id, order.storeId),
        before,
        order.auditState());
    return order.toView();
  }

  SalesOrder load(long id) {
    SalesOrder order = em.find(SalesOrder.class, id);
    if (order == null) {
      throw new RecordNotFoundException(OrderPlacement.RECORD_TYPE, id);
    }
    scope.checkVisible(order.storeId, OrderPlacement.RECORD_TYPE, id);
    return order;
  }
}
