package org.storecrm.sales.internal.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.sales.Category;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.OrderStatus;
import org.storecrm.sales.PackSale;
import org.storecrm.sales.Payment;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.internal.catalogue.Product;

class GiftPackPlacementTest {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private static PackSale pack(String price, int quantity, Long customerId, Long mainOrderId) {
    return new PackSale(
        customerId,
        9L,
        "Camera starter pack",
        new BigDecimal(price),
        quantity,
        List.of(new PackSale.Component(1L, 1), new PackSale.Component(2L, 2)),
        Payment.ACCOUNT_CREDIT,
        4L,
        mainOrderId,
        77L);
  }

  private static Product product(String sku, String price, Category category) {
    Product product = new Product(sku);
    product.describe(
        sku,
        null,
        null,
        category,
        new BigDecimal(price),
        BigDecimal.ONE,
        PricingRole.MAINSTREAM,
        LifecyclePhase.PLATEAU,
        null,
        null);
    return product;
  }

  private static SalesOrder mainSale(long storeId, Long customerId, Instant soldAt) {
    SalesOrder main = new SalesOrder(storeId, 5L, customerId, soldAt, "consultant");
    identify(main, 100L);
    OrderLine camera =
        new OrderLine(
            main,
            1,
            product("CAM-1", "3000", Category.CAMERA),
            1,
            LinePricing.price(
                new BigDecimal("3000"),
                BigDecimal.ONE,
                1,
                new BigDecimal("3000"),
                BigDecimal.ZERO));
    main.add(camera);
    return main;
  }

  /** The id the database would give: generated, so the entity has no setter. */
  private static void identify(SalesOrder order, long id) {
    try {
      Field field = SalesOrder.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(order, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void refused(Runnable rule, String key) {
    assertThatThrownBy(rule::run)
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo(key);
              assertThat(e.field()).isIn("mainOrderId", "price");
            });
  }

  @Test
  void aPackIsAnOrderOfItsComponentsTimesThePacksSoldOnItsAccount() {
    NewOrder order = GiftPackPlacement.order(pack("100", 3, 12L, null));
    assertThat(order.lines())
        .extracting(OrderLineInput::productId, OrderLineInput::quantity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 3), org.assertj.core.groups.Tuple.tuple(2L, 6));
    assertThat(order.lines()).allMatch(l -> l.unitPrice() == null && l.discount() == null);
    assertThat(order.customerId()).isEqualTo(12L);
    assertThat(order.accountId()).isEqualTo(77L);
    assertThat(order.storeId()).isEqualTo(4L);
    assertThat(order.payment()).isEqualTo(Payment.ACCOUNT_CREDIT);
  }

  @Test
  void thePacksPriceIsSplitByListPriceShareToTheCent() {
    PackSale pack = pack("100", 1, null, null);
    Map<Long, Product> products =
        Map.of(
            1L, product("A", "200", Category.ACCESSORY),
            2L, product("B", "50", Category.ACCESSORY));
    List<BigDecimal> shares =
        GiftPackPlacement.shares(
            pack, GiftPackPlacement.order(pack).lines(), products); // list 200 + 2 × 50 = 300
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100.00");
    assertThat(shares.get(0)).isEqualByComparingTo("66.67");
    assertThat(shares.get(1)).isEqualByComparingTo("33.33");
  }

  @Test
  void aPackCannotCostMoreThanItsComponentsAtListPrice() {
    Map<Long, Product> products =
        Map.of(
            1L, product("A", "200", Category.ACCESSORY),
            2L, product("B", "50", Category.ACCESSORY));
    PackSale atList = pack("300", 2, null, null);
    assertThat(GiftPackPlacement.shares(atList, GiftPackPlacement.order(atList).lines(), products))
        .hasSize(2);
    PackSale above = pack("300.01", 1, null, null);
    refused(
        () -> GiftPackPlacement.shares(above, GiftPackPlacement.order(above).lines(), products),
        "sales.packAboveList");
  }

  @Test
  void aRecentMainSaleOfTheSameStoreAndCustomerWithAKeptMainProductIsAccepted() {
    GiftPackPlacement.checkMainSale(
        mainSale(4, 12L, NOW.minus(Duration.ofDays(7))), pack("10", 1, 12L, 100L), 4, NOW, 7);
    // A walk-in main sale, or a pack to a walk-in, is accepted too.
    GiftPackPlacement.checkMainSale(mainSale(4, null, NOW), pack("10", 1, 12L, 100L), 4, NOW, 7);
    GiftPackPlacement.checkMainSale(mainSale(4, 12L, NOW), pack("10", 1, null, 100L), 4, NOW, 7);
  }

  @Test
  void theMainSaleMustBeOfThePacksStoreAndCustomer() {
    refused(
        () ->
            GiftPackPlacement.checkMainSale(
                mainSale(5, 12L, NOW), pack("10", 1, 12L, 100L), 4, NOW, 7),
        "sales.packMainOtherStore");
    refused(
        () ->
            GiftPackPlacement.checkMainSale(
                mainSale(4, 13L, NOW), pack("10", 1, 12L, 100L), 4, NOW, 7),
        "sales.packMainOtherCustomer");
  }

  @Test
  void theMainSaleMustStillHoldAKeptMainProduct() {
    SalesOrder returned = mainSale(4, 12L, NOW);
    returned.lines().get(0).takeBack(1, new BigDecimal("3000.00"));
    returned.markReturned();
    assertThat(returned.status()).isEqualTo(OrderStatus.RETURNED);
    refused(
        () -> GiftPackPlacement.checkMainSale(returned, pack("10", 1, 12L, 100L), 4, NOW, 7),
        "sales.packMainReturned");
    SalesOrder cameraBack = mainSale(4, 12L, NOW);
    cameraBack.add(
        new OrderLine(
            cameraBack,
            2,
            product("BAG-1", "200", Category.ACCESSORY),
            1,
            LinePricing.price(
                new BigDecimal("200"), BigDecimal.ONE, 1, new BigDecimal("200"), BigDecimal.ZERO)));
    cameraBack.lines().get(0).takeBack(1, new BigDecimal("3000.00"));
    cameraBack.markReturned();
    assertThat(cameraBack.status()).isEqualTo(OrderStatus.PARTLY_RETURNED);
    refused(
        () -> GiftPackPlacement.checkMainSale(cameraBack, pack("10", 1, 12L, 100L), 4, NOW, 7),
        "sales.packMainNoMainProduct");
  }

  @Test
  void theMainSaleMustBeRecent() {
    SalesOrder old = mainSale(4, 12L, NOW.minus(Duration.ofDays(7)).minusSeconds(1));
    assertThatThrownBy(
            () -> GiftPackPlacement.checkMainSale(old, pack("10", 1, 12L, 100L), 4, NOW, 7))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("sales.packMainTooOld");
              assertThat(e.details()).containsEntry("days", 7);
            });
  }
}
