package org.storecrm.sales.internal.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.customers.CustomerPurchases;
import org.storecrm.customers.PurchaseReturn;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StoreScope;
import org.storecrm.sales.OrderReturned;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.ReturnPricing;
import org.storecrm.sales.ReturnRequest;
import org.storecrm.sales.internal.catalogue.StockLedger;
import org.storecrm.sales.internal.checkout.CheckoutService;
import org.storecrm.sales.internal.checkout.IdempotencyRecord;
import org.storecrm.sales.internal.checkout.LinePricing;
import org.storecrm.sales.internal.checkout.OrderLine;
import org.storecrm.sales.internal.checkout.OrderPlacement;
import org.storecrm.sales.internal.checkout.SalesOrder;
import org.storecrm.sales.internal.reports.AttachRollup;

/**
 * Returns and cancellations (a full return): restores stock, records each refund and reverses the
 * margin through {@link CustomerPurchases#recordReturn}; the order itself is never deleted. Only
 * {@link CheckoutService} calls it.
 */
@Stateless
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class ReturnPlacement {
  @PersistenceContext EntityManager em;
  @Inject CustomerPurchases purchases;
  @Inject Event<OrderReturned> orderReturned;
  @Inject Instance<ReturnPricing> returnPricing;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject StockLedger stock;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @EJB AttachRollup rollup;

  /**
   * The order as an earlier return with this key left it (as it is now), if any; a key reused for a
   * different return is refused.
   */
  public Optional<OrderView> earlierReturn(long userId, String idempotencyKey, String requestHash) {
    ReturnKey used = em.find(ReturnKey.class, new IdempotencyRecord.Key(userId, idempotencyKey));
    if (used == null) {
      return Optional.empty();
    }
    if (!used.requestHash().equals(requestHash)) {
      throw RuleViolationException.refused(
          "sales.idempotencyKeyReused",
          "Idempotency-Key",
          "This Idempotency-Key was used for a different request; use a new key for a new return");
    }
    return Optional.ofNullable(em.find(SalesOrder.class, used.orderId())).map(SalesOrder::toView);
  }

  /**
   * Takes goods back in one transaction: the order is locked first (two returns of one order queue,
   * so a line is never returned beyond what was sold), the key is recorded with the return.
   */
  public OrderView returnItems(
      long orderId, ReturnRequest request, String idempotencyKey, String requestHash) {
    long userId = user.userId().orElseThrow(() -> new IllegalStateException("no staff record"));
    SalesOrder order = em.find(SalesOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order == null) {
      throw new RecordNotFoundException(OrderPlacement.RECORD_TYPE, orderId);
    }
    scope.checkVisible(order.storeId(), OrderPlacement.RECORD_TYPE, orderId);
    Map<String, Object> before = order.auditState();
    Map<Long, OrderLine> lines =
        order.lines().stream().collect(Collectors.toMap(l -> l.id(), Function.identity()));
    Instant now = clock.instant();
    BigDecimal refunded = BigDecimal.ZERO;
    BigDecimal marginTakenBack = BigDecimal.ZERO;
    List<OrderReturned.Line> returnedLines = new ArrayList<>();
    for (int i = 0; i < request.lines().size(); i++) {
      ReturnRequest.Line wanted = request.lines().get(i);
      OrderLine line = lines.get(wanted.lineId());
      if (line == null) {
        throw RuleViolationException.refused(
            "sales.returnLineUnknown",
            "lines[" + i + "].lineId",
            "Line " + wanted.lineId() + " is not a line of order " + orderId);
      }
      if (line.returnedQuantity() + wanted.quantity() > line.quantity()) {
        throw RuleViolationException.refused(
            "sales.returnTooMany",
            "lines[" + i + "].quantity",
            "Only "
                + (line.quantity() - line.returnedQuantity())
                + " of "
                + line.sku()
                + " can be returned");
      }
      var refund =
          priced(
              order,
              line,
              wanted.quantity(),
              ReturnArithmetic.refund(
                  line.netAmount(),
                  line.quantity(),
                  line.returnedQuantity(),
                  line.returnedAmount(),
                  wanted.quantity()),
              now);
      refunded = refunded.add(refund);
      marginTakenBack =
          marginTakenBack.add(
              refund.subtract(line.unitCost().multiply(BigDecimal.valueOf(wanted.quantity()))));
      line.takeBack(wanted.quantity(), refund);
      returnedLines.add(
          new OrderReturned.Line(
              line.id(),
              line.productId(),
              line.category(),
              wanted.quantity(),
              refund,
              line.serials(),
              line.returnedQuantity() == line.quantity()));
      order.refund(refund);
      em.persist(
          new ReturnRecord(
              order, line, wanted.quantity(), refund, now, user.username(), request.reason()));
      if (line.category().isStocked()) {
        stock.putBack(line.productId(), order.storeId(), wanted.quantity());
      }
    }
    order.markReturned();
    rollup.changed(order.soldAt());
    if (idempotencyKey != null) {
      em.persist(new ReturnKey(userId, idempotencyKey, order.id(), requestHash, now));
    }
    em.flush();
    purchases.recordReturn(
        new PurchaseReturn(
            order.id(),
            order.customerId(),
            order.storeId(),
            now,
            LinePricing.money(refunded),
            LinePricing.money(marginTakenBack)));
    orderReturned.fire(
        new OrderReturned(
            order.id(),
            order.storeId(),
            order.customerId(),
            order.accountId(),
            order.payment(),
            now,
            LinePricing.money(refunded),
            returnedLines));
    audit.changed(
        new AuditedRecord(OrderPlacement.RECORD_TYPE, order.id(), order.storeId()),
        before,
        order.auditState());
    return order.toView();
  }

  /**
   * The refund of returned units: sales' share of what the line paid, unless a {@link
   * ReturnPricing} prices them (a plan: pro rata over its term), never more than that share.
   */
  private BigDecimal priced(
      SalesOrder order, OrderLine line, int quantity, BigDecimal paidShare, Instant now) {
    if (returnPricing.isUnsatisfied()) {
      return paidShare;
    }
    ReturnPricing.Returned returned =
        new ReturnPricing.Returned(
            order.id(),
            line.id(),
            line.productId(),
            line.category(),
            quantity,
            line.quantity(),
            line.returnedQuantity(),
            paidShare,
            now);
    for (ReturnPricing pricing : returnPricing) {
      Optional<BigDecimal> priced = pricing.refund(returned);
      if (priced.isPresent()) {
        BigDecimal refund = LinePricing.money(priced.get().max(BigDecimal.ZERO));
        return refund.min(paidShare);
      }
    }
    return paidShare;
  }
}
