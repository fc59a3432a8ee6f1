package org.storecrm.sales.internal.checkout;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderFilter;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.OrderSummary;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.PackSale;
import org.storecrm.sales.ReturnRequest;
import org.storecrm.sales.Submission;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.internal.catalogue.Product;
import org.storecrm.sales.internal.catalogue.StockLedger;
import org.storecrm.sales.internal.returns.ReturnPlacement;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class CheckoutService implements Checkout {
  private static final Map<String, Function<Root<SalesOrder>, Expression<?>>> SORTABLE =
      Map.of("soldAt", r -> r.get("soldAt"), "total", r -> r.get("total"));

  @PersistenceContext EntityManager em;
  @EJB OrderPlacement placement;
  @EJB ReturnPlacement returns;
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
    Map<Long, Product> products = OrderPlacement.products(em, lines);
    return advice.forBasket(items(lines, products), scope.limitedTo(), customerId);
  }

  /** The basket's products with their total quantities, in the order they first appear. */
  private static List<Advice.Item> items(List<OrderLineInput> lines, Map<Long, Product> products) {
    Map<Long, Integer> quantities = new LinkedHashMap<>();
    lines.forEach(l -> quantities.merge(l.productId(), l.quantity(), Integer::sum));
    List<Advice.Item> items = new ArrayList<>();
    quantities.forEach((id, q) -> items.add(new Advice.Item(products.get(id), q)));
    return items;
  }

  /**
   * Reads what the order needs outside its transaction: the store, the products (read-only) and the
   * advice for the basket (every advisor asked once), so that the order's transaction only writes
   * and holds the stock row for as short as possible.
   */
  private OrderPlacement.Prepared prepare(NewOrder order) {
    checkSoldAt(order);
    long storeId = scope.storeForNewRecord(order.storeId(), "order");
    Map<Long, Product> products = OrderPlacement.products(em, order.lines());
    List<Suggestion> suggestions =
        advice.forBasket(items(order.lines(), products), Optional.of(storeId), order.customerId());
    return new OrderPlacement.Prepared(storeId, products, suggestions);
  }

  /** Only head office (a history import) may say when a sale happened; the rest sell now. */
  private void checkSoldAt(NewOrder order) {
    if (order.soldAt() != null && !user.hasRole(Role.ADMIN)) {
      throw RuleViolationException.refused(
          "sales.soldAtAdminOnly",
          "soldAt",
          "Only head office may set the time of a sale (history import); leave soldAt out");
    }
  }

  /**
   * Runs the placement in a transaction of its own, so that when a concurrent twin with the same
   * key won the race (this one failed on the key's unique row) the twin's order can be read and
   * answered.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Submission submit(NewOrder order, String idempotencyKey) {
    return once(
        idempotencyKey,
        RequestHash.of(order),
        this::earlierSubmission,
        (key, hash) -> placement.place(order, key, hash, prepare(order)));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Submission sellPack(PackSale sale, String idempotencyKey) {
    return once(
        idempotencyKey,
        RequestHash.of(sale),
        this::earlierSubmission,
        (key, hash) ->
            placement.placePack(sale, key, hash, prepare(GiftPackPlacement.order(sale))));
  }

  /**
   * Answers what an earlier request with the key did (refusing the key for a different request), or
   * does it now in its own transaction; when that failed because a concurrent twin with the same
   * key won the race (on the key's unique row), answers the twin's result instead.
   */
  private <T> T once(
      String idempotencyKey,
      String requestHash,
      EarlierResult<T> earlier,
      java.util.function.BiFunction<String, String, T> doing) {
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
    Optional<Long> userId = user.userId();
    if (key != null && userId.isPresent()) {
      Optional<T> done = earlier.find(userId.get(), key, requestHash);
      if (done.isPresent()) {
        return done.get();
      }
    }
    try {
      return doing.apply(key, requestHash);
    } catch (RuleViolationException | RecordNotFoundException refused) {
      throw refused;
    } catch (RuntimeException failure) {
      Optional<T> twin =
          key == null || userId.isEmpty()
              ? Optional.empty()
              : earlier.find(userId.get(), key, requestHash);
      return twin.orElseThrow(() -> failure);
    }
  }

  /** What an earlier request of the user with the key and the same request hash did. */
  @FunctionalInterface
  private interface EarlierResult<T> {
    Optional<T> find(long userId, String key, String requestHash);
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
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public OrderView returnItems(long orderId, ReturnRequest request, String idempotencyKey) {
    return once(
        idempotencyKey,
        RequestHash.of(orderId, request),
        returns::earlierReturn,
        (key, hash) -> returns.returnItems(orderId, request, key, hash));
  }

  private Optional<Submission> earlierSubmission(long userId, String key, String requestHash) {
    return placement
        .earlierOrder(userId, key, requestHash)
        .map(order -> new Submission(order, true));
  }

  SalesOrder load(long id) {
    SalesOrder order = em.find(SalesOrder.class, id);
    if (order == null) {
      throw new RecordNotFoundException(OrderPlacement.RECORD_TYPE, id);
    }
    scope.checkVisible(order.storeId(), OrderPlacement.RECORD_TYPE, id);
    return order;
  }
}
