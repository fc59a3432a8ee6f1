package org.storecrm.sales.internal.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storecrm.sales.Category;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.OrderStatus;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.internal.catalogue.Product;

/** The state changes an order and its lines hold: lines, money, returns. */
class SalesOrderTest {
  private static final Instant SOLD = Instant.parse("2026-03-02T03:00:00Z");

  private static Product product(String sku, Category category, String price) {
    Product product = new Product(sku);
    product.describe(
        sku,
        null,
        null,
        category,
        new BigDecimal(price),
        new BigDecimal("1.00"),
        PricingRole.MAINSTREAM,
        LifecyclePhase.PLATEAU,
        null,
        null);
    return product;
  }

  /** A phone (2 units at 1000) and a case (1 unit at 100). */
  private static SalesOrder order() {
    SalesOrder order = new SalesOrder(4, 5, 12L, SOLD, "consultant");
    order.add(
        new OrderLine(
            order,
            1,
            product("PH-1", Category.PHONE, "1000"),
            2,
            LinePricing.price(new BigDecimal("1000"), BigDecimal.ONE, 2, null, null)));
    order.add(
        new OrderLine(
            order,
            2,
            product("CASE-1", Category.ACCESSORY, "100"),
            1,
            LinePricing.price(new BigDecimal("100"), BigDecimal.ONE, 1, null, null)));
    order.charge(new BigDecimal("2100.00"), new BigDecimal("0.00"), null);
    return order;
  }

  @Test
  void aNewOrderIsCompletedWithNothingReturnedAndItsLinesCopyTheSale() {
    SalesOrder order = order();
    assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(order.returnedAmount()).isEqualByComparingTo("0");
    assertThat(order.total()).isEqualByComparingTo("2100.00");
    assertThat(order.lines()).extracting(OrderLine::sku).containsExactly("PH-1", "CASE-1");
    assertThat(order.lines().get(0).category()).isEqualTo(Category.PHONE);
  }

  @Test
  void theLinesCannotBeChangedButThroughTheOrder() {
    SalesOrder order = order();
    assertThatThrownBy(() -> order.lines().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> order.lines().get(0).serials().add("SN-1"))
        .isInstanceOf(UnsupportedOperationException.class);
    order.lines().get(0).recordSerials(java.util.List.of("SN-1", "SN-2"));
    assertThat(order.lines().get(0).serials()).containsExactly("SN-1", "SN-2");
  }

  @Test
  void someUnitsBackMakeAPartlyReturnedOrderAndAddUpTheRefunds() {
    SalesOrder order = order();
    OrderLine phone = order.lines().get(0);
    phone.takeBack(1, new BigDecimal("1000.00"));
    order.refund(new BigDecimal("1000.00"));
    order.markReturned();
    assertThat(phone.returnedQuantity()).isEqualTo(1);
    assertThat(phone.returnedAmount()).isEqualByComparingTo("1000.00");
    assertThat(order.returnedAmount()).isEqualByComparingTo("1000.00");
    assertThat(order.status()).isEqualTo(OrderStatus.PARTLY_RETURNED);

    // Every unit of one line back, the other line kept: still partly returned.
    phone.takeBack(1, new BigDecimal("1000.00"));
    order.refund(new BigDecimal("1000.00"));
    order.markReturned();
    assertThat(phone.returnedQuantity()).isEqualTo(2);
    assertThat(order.returnedAmount()).isEqualByComparingTo("2000.00");
    assertThat(order.status()).isEqualTo(OrderStatus.PARTLY_RETURNED);
  }

  @Test
  void aLineWithAUnitStillKeptKeepsTheOrderPartlyReturned() {
    SalesOrder order = order();
    order.lines().get(0).takeBack(1, new BigDecimal("1000.00"));
    order.lines().get(1).takeBack(1, new BigDecimal("100.00"));
    order.markReturned();
    assertThat(order.status()).isEqualTo(OrderStatus.PARTLY_RETURNED);
  }

  @Test
  void everyUnitOfEveryLineBackMakesAReturnedOrder() {
    SalesOrder order = order();
    order.lines().get(0).takeBack(2, new BigDecimal("2000.00"));
    order.lines().get(1).takeBack(1, new BigDecimal("100.00"));
    order.refund(new BigDecimal("2100.00"));
    order.markReturned();
    assertThat(order.status()).isEqualTo(OrderStatus.RETURNED);
    assertThat(order.returnedAmount()).isEqualByComparingTo("2100.00");
  }
}
