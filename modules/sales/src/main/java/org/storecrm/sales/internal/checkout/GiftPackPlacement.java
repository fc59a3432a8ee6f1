package org.storecrm.sales.internal.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StoreScope;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.OrderStatus;
import org.storecrm.sales.PackSale;
import org.storecrm.sales.internal.SalesSettings;
import org.storecrm.sales.internal.catalogue.Product;

/**
 * What a gift pack adds to placing an order ({@link OrderPlacement#placePack}): the order it makes,
 * its price split across the components, and the main sale it is sold after. The rules are the
 * static methods, without a server ({@code GiftPackPlacementTest}); {@link #mainSale} reads the
 * main sale in the order's transaction.
 */
@ApplicationScoped
public class GiftPackPlacement {
  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject SalesSettings settings;
  @Inject Clock clock;

  /**
   * The order a gift pack sale makes: one line per component (quantities times the packs sold); on
   * account credit it names the account, so that the pack passes the same credit check as any
   * credit sale.
   */
  static NewOrder order(PackSale pack) {
    List<OrderLineInput> lines =
        pack.components().stream()
            .map(c -> OrderLineInput.of(c.productId(), c.quantity() * pack.quantity(), null, null))
            .toList();
    return new NewOrder(
        pack.customerId(),
        lines,
        List.of(),
        pack.payment(),
        pack.accountId(),
        null,
        null,
        pack.storeId(),
        null);
  }

  /**
   * The pack's price (times the packs sold) split across the lines by list-price share; a price
   * above the components' list prices together is refused.
   */
  static List<BigDecimal> shares(
      PackSale pack, List<OrderLineInput> lines, Map<Long, Product> products) {
    List<BigDecimal> listAmounts =
        lines.stream()
            .map(
                l ->
                    LinePricing.money(products.get(l.productId()).price())
                        .multiply(BigDecimal.valueOf(l.quantity())))
            .toList();
    BigDecimal price =
        LinePricing.money(pack.price()).multiply(BigDecimal.valueOf(pack.quantity()));
    if (price.compareTo(listAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)) > 0) {
      throw RuleViolationException.refused(
          "sales.packAboveList",
          "price",
          "A pack's price cannot be more than its components' list prices together");
    }
    return PackSplit.split(price, listAmounts);
  }

  /**
   * The main sale a gift pack is sold after, for its attach KPIs, or null when it names none: an
   * order the caller sees (another store's is not found) that {@link #checkMainSale} accepts. Read
   * without a lock: a return of the main product racing the pack's sale leaves a pack attached to a
   * sale that then counts its kept accessories apart from the attach rate, as any sale whose main
   * product came back.
   */
  public SalesOrder mainSale(PackSale pack, long storeId) {
    if (pack == null || pack.mainOrderId() == null) {
      return null;
    }
    long id = pack.mainOrderId();
    SalesOrder main = em.find(SalesOrder.class, id);
    if (main == null) {
      throw new RecordNotFoundException(OrderPlacement.RECORD_TYPE, id);
    }
    scope.checkVisible(main.storeId(), OrderPlacement.RECORD_TYPE, id);
    checkMainSale(main, pack, storeId, clock.instant(), settings.packAfterSaleDays());
    return main;
  }

  /**
   * A pack counts for a main sale of the pack's store, to the same customer (or either is a
   * walk-in), with a main product the customer kept, sold at most {@code days} days before {@code
   * now} ({@code storecrm.sales.pack-after-sale.days}: a closed month's figures do not move much
   * later).
   */
  static void checkMainSale(SalesOrder main, PackSale pack, long storeId, Instant now, int days) {
    Long id = main.id();
    if (main.storeId() != storeId) {
      throw RuleViolationException.refused(
          "sales.packMainOtherStore",
          "mainOrderId",
          "The pack is sold in another store than order " + id);
    }
    if (main.customerId() != null
        && pack.customerId() != null
        && !main.customerId().equals(pack.customerId())) {
      throw RuleViolationException.refused(
          "sales.packMainOtherCustomer",
          "mainOrderId",
          "Order " + id + " was sold to another customer");
    }
    if (main.status() == OrderStatus.RETURNED) {
      throw RuleViolationException.refused(
          "sales.packMainReturned", "mainOrderId", "Order " + id + " was returned");
    }
    if (main.lines().stream()
        .noneMatch(l -> l.category().isMainProduct() && l.returnedQuantity() < l.quantity())) {
      throw RuleViolationException.refused(
          "sales.packMainNoMainProduct",
          "mainOrderId",
          "Order " + id + " holds no main product the customer kept");
    }
    if (main.soldAt().isBefore(now.minus(Duration.ofDays(days)))) {
      throw RuleViolationException.refused(
          "sales.packMainTooOld",
          "mainOrderId",
          "A pack counts for a sale of the last " + days + " days only",
          Map.of("days", days));
    }
  }
}
