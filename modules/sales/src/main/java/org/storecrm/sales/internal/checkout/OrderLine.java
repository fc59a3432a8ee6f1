package org.storecrm.sales.internal.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.storecrm.sales.Category;
import org.storecrm.sales.OrderLineView;
import org.storecrm.sales.internal.catalogue.Product;

/** One product of an order, with its prices and cost frozen at the sale. */
@Entity
@Table(name = "sal_order_line")
public class OrderLine {
  @Id
  @SequenceGenerator(
      name = "sal_order_line_seq",
      sequenceName = "sal_order_line_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_order_line_seq")
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  SalesOrder order;

  @Column(name = "line_no", nullable = false)
  int lineNo;

  // The order's sale time, store and consultant, copied at the sale (never updated) so that the
  // attach KPIs find a period's lines by index without reading the orders.
  @Column(name = "sold_at", nullable = false, updatable = false)
  Instant soldAt;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  @Column(name = "consultant_id", nullable = false, updatable = false)
  Long consultantId;

  @Column(name = "product_id", nullable = false)
  public Long productId;

  @Column(nullable = false, length = 40)
  public String sku;

  @Column(nullable = false, length = 120)
  String name;

  @Column(name = "name_zh", length = 120)
  String nameZh;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  public Category category;

  @Column(nullable = false)
  public int quantity;

  @Column(name = "returned_quantity", nullable = false)
  public int returnedQuantity;

  @Column(name = "list_price", nullable = false, precision = 12, scale = 2)
  BigDecimal listPrice;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  BigDecimal unitPrice;

  @Column(nullable = false, precision = 12, scale = 2)
  BigDecimal discount;

  @Column(name = "net_amount", nullable = false, precision = 14, scale = 2)
  public BigDecimal netAmount;

  @Column(name = "unit_cost", nullable = false, precision = 12, scale = 2)
  public BigDecimal unitCost;

  @Column(nullable = false, precision = 14, scale = 2)
  BigDecimal margin;

  @Column(name = "returned_amount", nullable = false, precision = 14, scale = 2)
  public BigDecimal returnedAmount;

  /** The gift pack this line is a component of (null for an ordinary line). */
  @Column(name = "pack_id")
  Long packId;

  @Column(name = "pack_name", length = 120)
  String packName;

  // A gift pack sold after a main sale: the main sale's id and time, copied at the pack's sale
  // (never updated), so that the attach KPIs count the line for the main sale, by index.
  @Column(name = "main_order_id", updatable = false)
  Long mainOrderId;

  @Column(name = "main_sold_at", updatable = false)
  Instant mainSoldAt;

  /** The devices the line names, in the order given. */
  @Convert(converter = SerialList.class)
  @Column(length = 840)
  public List<String> serials = new ArrayList<>();

  protected OrderLine() {}

  public OrderLine(
      SalesOrder order, int lineNo, Product product, int quantity, LinePricing.Priced priced) {
    this.order = order;
    this.lineNo = lineNo;
    this.soldAt = order.soldAt;
    this.storeId = order.storeId;
    this.consultantId = order.consultantId;
    this.productId = product.id;
    this.sku = product.sku;
    this.name = product.name;
    this.nameZh = product.nameZh;
    this.category = product.category;
    this.quantity = quantity;
    this.listPrice = priced.listPrice();
    this.unitPrice = priced.unitPrice();
    this.discount = priced.discount();
    this.netAmount = priced.net();
    this.unitCost = priced.unitCost();
    this.margin = priced.margin();
    this.returnedAmount = LinePricing.money(BigDecimal.ZERO);
  }

  /** The margin of the units the customer kept. */
  BigDecimal keptMargin() {
    return netAmount
        .subtract(returnedAmount)
        .subtract(unitCost.multiply(BigDecimal.valueOf(quantity - returnedQuantity)));
  }

  OrderLineView toView() {
    return new OrderLineView(
        id,
        productId,
        sku,
        name,
        nameZh,
        category,
        quantity,
        returnedQuantity,
        listPrice,
        unitPrice,
        discount,
        netAmount,
        unitCost,
        margin,
        packId,
        packName,
        List.copyOf(serials));
  }
}
