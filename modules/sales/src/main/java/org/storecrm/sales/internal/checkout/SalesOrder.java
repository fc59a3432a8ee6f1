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
import java.util.Collections;
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
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "consultant_id", nullable = false, updatable = false)
  private Long consultantId;

  @Column(name = "customer_id", updatable = false)
  private Long customerId;

  @Column(name = "sold_at", nullable = false, updatable = false)
  private Instant soldAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 15)
  private Payment payment;

  @Column(name = "account_id")
  private Long accountId;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal deposit;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal total;

  @Column(name = "returned_amount", nullable = false, precision = 14, scale = 2)
  private BigDecimal returnedAmount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OrderStatus status;

  @Column(name = "approved_by", length = 40)
  private String approvedBy;

  @Column(name = "created_by", nullable = false, length = 40)
  private String createdBy;

  /** The main sale a gift pack order was sold after (null for any other order). */
  @Column(name = "main_order_id", updatable = false)
  private Long mainOrderId;

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("lineNo")
  private List<OrderLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<ChecklistRecord> checklist = new ArrayList<>();

  @Version private long version;

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

  /** How the order is paid: the payment, and the business account for a sale on account. */
  public void paidBy(Payment how, Long account) {
    payment = how;
    accountId = account;
  }

  /** A gift pack's order sold after {@code main} (null for any other order). */
  void soldAfter(SalesOrder main) {
    mainOrderId = main == null ? null : main.id;
  }

  public void add(OrderLine line) {
    lines.add(line);
  }

  void record(ChecklistRecord suggestion) {
    checklist.add(suggestion);
  }

  /**
   * The order's money once its lines are priced: the total, the deposit taken and the manager who
   * approved its discount (null when none was needed).
   */
  public void charge(BigDecimal orderTotal, BigDecimal depositTaken, String approver) {
    total = orderTotal;
    deposit = depositTaken;
    approvedBy = approver;
  }

  /** A return's refund of one line, added to what the order has refunded. */
  public void refund(BigDecimal amount) {
    returnedAmount = returnedAmount.add(amount);
  }

  /** After a return: RETURNED when every unit of every line came back, else PARTLY_RETURNED. */
  public void markReturned() {
    status =
        lines.stream().allMatch(l -> l.returnedQuantity() == l.quantity())
            ? OrderStatus.RETURNED
            : OrderStatus.PARTLY_RETURNED;
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

  public Long storeId() {
    return storeId;
  }

  public Instant soldAt() {
    return soldAt;
  }

  Long consultantId() {
    return consultantId;
  }

  List<ChecklistRecord> checklist() {
    return Collections.unmodifiableList(checklist);
  }

  public BigDecimal total() {
    return total;
  }

  public List<OrderLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  public Long id() {
    return id;
  }

  public Long customerId() {
    return customerId;
  }

  BigDecimal deposit() {
    return deposit;
  }

  public Payment payment() {
    return payment;
  }

  public Long accountId() {
    return accountId;
  }

  public OrderStatus status() {
    return status;
  }

  public BigDecimal returnedAmount() {
    return returnedAmount;
  }
}
