package org.storecrm.sales.internal.checkout;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.sales.OrderStatus;
import org.storecrm.sales.OrderSummary;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.Payment;

/** A sale at a store's counter; never deleted, returns change its status. */
@Entity
@Table(name = "sal_order")
public class SalesOrder {
  @Id
  @SequenceGenerator(name = "sal_order_seq", sequenceName = "sal_order_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_order_seq")
  public Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  public Long storeId;

  @Column(name = "consultant_id", nullable = false, updatable = false)
  Long consultantId;

  @Column(name = "customer_id", updatable = false)
  public Long customerId;

  @Column(name = "sold_at", nullable = false, updatable = false)
  public Instant soldAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 15)
  public Payment payment;

  @Column(name = "account_id")
  public Long accountId;

  @Column(nullable = false, precision = 14, scale = 2)
  public BigDecimal deposit;

  @Column(nullable = false, precision = 14, scale = 2)
  public BigDecimal total;

  @Column(name = "returned_amount", nullable = false, precision = 14, scale = 2)
  public BigDecimal returnedAmount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public OrderStatus status;

  @Column(name = "approved_by", length = 40)
  String approvedBy;

  @Column(name = "created_by", nullable = false, length = 40)
  String createdBy;

  /** The main sale a gift pack order was sold after (null for any other order). */
  @Column(name = "main_order_id", updatable = false)
  Long mainOrderId;

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("lineNo")
  public List<OrderLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  List<ChecklistRecord> checklist = new ArrayList<>();

  @Version long version;

  protected SalesOrder() {}

  public SalesOrder(
      long storeId, long consultantId, Long customerId, Instant soldAt, String createdBy) {
    this.storeId = storeId;
    this.consultantId = consultantId;
    this.customerId = customerId;
    this.soldAt = soldAt;
    this.createdBy = createdBy;
    this.status = OrderStatus.COMPLETED;
    this.returnedAmount = LinePricing.money(BigDecimal.ZERO);
  }

  /** The margin of what the customer kept. */
  BigDecimal margin() {
    return lines.stream().map(OrderLine::keptMargin).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public OrderView toView() {
    return new OrderView(
        id,
        storeId,
        consultantId,
        customerId,
        soldAt,
        payment,
        accountId,
        deposit,
        total,
        returnedAmount,
        LinePricing.money(margin()),
        status,
        approvedBy,
        mainOrderId,
        lines.stream().map(OrderLine::toView).toList(),
        checklist.stream().map(ChecklistRecord::toEntry).toList(),
        version);
  }

  OrderSummary toSummary() {
    return new OrderSummary(
        id, storeId, consultantId, customerId, soldAt, payment, total, returnedAmount, status);
  }

  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("customerId", customerId);
    state.put("consultantId", consultantId);
    state.put("payment", payment);
    state.put("accountId", accountId);
    state.put("total", total);
    state.put("deposit", deposit);
    state.put("returnedAmount", returnedAmount);
    state.put("status", status);
    state.put("approvedBy", approvedBy);
    state.put("mainOrderId", mainOrderId);
    return state;
  }
}
