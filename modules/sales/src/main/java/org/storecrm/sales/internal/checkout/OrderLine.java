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
import java.util.Collections;
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
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  private SalesOrder order;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  // The order's sale time, store and consultant, copied at the sale (never updated) so that the
  // attach KPIs find a period's lines by index without reading the orders.
  @Column(name = "sold_at", nullable = false, updatable = false)
  private Instant soldAt;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "consultant_id", nullable = false, updatable = false)
  private Long consultantId;

  @Column(name = "product_id", nullable = false)
  private Long productId;

  @Column(nullable = false, length = 40)
  private String sku;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "name_zh", length = 120)
  private String nameZh;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Category category;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "returned_quantity", nullable = false)
  private int returnedQuantity;

  @Column(name = "list_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal listPrice;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal unitPrice;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal discount;

  @Column(name = "net_amount", nullable = false, precision = 14, scale = 2)
  private BigDecimal netAmount;

  @Column(name = "unit_cost", nullable = false, precision = 12, scale = 2)
  private BigDecimal unitCost;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal margin;

  @Column(name = "returned_amount", nullable = false, precision = 14, scale = 2)
  private BigDecimal returnedAmount;

  /** The gift pack this line is a component of (null for an ordinary line). */
  @Column(name = "pack_id")
  private Long packId;

  @Column(name = "pack_name", length = 120)
  private String packName;

  // A gift pack sold after a main sale: the main sale's id and time, copied at the pack's sale
  // (never updated), so that the attach KPIs count the line for the main sale, by index.
  @Column(name = "main_order_id", updatable = false)
  private Long mainOrderId;

  @Column(name = "main_sold_at", updatable = false)
  private Instant mainSoldAt;

  /** The devices the line names, in the order given. */
  @Convert(converter = SerialList.class)
  @Column(length = 840)
  private List<String> serials = new ArrayList<>();

  protected OrderLine() {}

  public OrderLine(
      SalesOrder order, int lineNo, Product product, int quantity, LinePricing.Priced priced) {
    this.order = order;
    this.lineNo = lineNo;
    this.soldAt = order.soldAt();
    this.storeId = order.storeId();
    this.consultantId = order.consultantId();
    this.productId = product.id();
    this.sku = product.sku();
    this.name = product.name();
    this.nameZh = product.nameZh();
    this.category = product.category();
    this.quantity = quantity;
    this.listPrice = priced.listPrice();
    this.unitPrice = priced.unitPrice();
    this.discount = priced.discount();
    this.netAmount = priced.net();
    this.unitCost = priced.unitCost();
    this.margin = priced.margin();
    this.returnedAmount = LinePricing.money(BigDecimal.ZERO);
  }

  /** The devices the line names, in the order given. */
  void recordSerials(List<String> given) {
    serials.addAll(given);
  }

  /** The line is a component of gift pack {@code id}. */
  void partOfPack(Long id, String name) {
    packId = id;
    packName = name;
  }

  /** A gift pack's line sold after {@code main}: counted for the main sale by the attach KPIs. */
  void soldAfter(SalesOrder main) {
    mainOrderId = main.id();
    mainSoldAt = main.soldAt();
  }

  /** Units brought back and their refund. */
  public void takeBack(int units, BigDecimal refund) {
    returnedQuantity += units;
    returnedAmount = returnedAmount.add(refund);
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

  public List<String> serials() {
    return Collections.unmodifiableList(serials);
  }

  public int quantity() {
    return quantity;
  }

  public Long productId() {
    return productId;
  }

  public Category category() {
    return category;
  }

  public BigDecimal netAmount() {
    return netAmount;
  }

  int lineNo() {
    return lineNo;
  }

  public Long id() {
    return id;
  }

  String name() {
    return name;
  }

  public String sku() {
    return sku;
  }

  public int returnedQuantity() {
    return returnedQuantity;
  }

  public BigDecimal returnedAmount() {
    return returnedAmount;
  }

  public BigDecimal unitCost() {
    return unitCost;
  }
}
