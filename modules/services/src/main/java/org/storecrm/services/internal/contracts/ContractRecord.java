package org.storecrm.services.internal.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.storecrm.services.ContractStatus;
import org.storecrm.services.ContractView;
import org.storecrm.services.Coverage;

/** One sold plan covering one device. */
@Entity
@Table(name = "svc_contract")
public class ContractRecord {
  @Id
  @SequenceGenerator(
      name = "svc_contract_seq",
      sequenceName = "svc_contract_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "svc_contract_seq")
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private Long planId;

  @Column(name = "order_id", nullable = false, updatable = false)
  private Long orderId;

  @Column(name = "order_line_id", nullable = false, updatable = false)
  private Long orderLineId;

  @Column(nullable = false, length = 60, updatable = false)
  private String serial;

  @Column(name = "customer_id", updatable = false)
  private Long customerId;

  @Column(name = "account_id", updatable = false)
  private Long accountId;

  @Column(name = "seller_id", updatable = false)
  private Long sellerId;

  @Column(name = "sold_at", nullable = false, updatable = false)
  private Instant soldAt;

  @Column(name = "start_on", nullable = false, updatable = false)
  private LocalDate startOn;

  @Column(name = "end_on", updatable = false)
  private LocalDate endOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ContractStatus status = ContractStatus.ACTIVE;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(nullable = false, precision = 12, scale = 2, updatable = false)
  private BigDecimal price;

  @Column(precision = 12, scale = 2)
  private BigDecimal refund;

  @Version private long version;

  protected ContractRecord() {}

  /**
   * The sale a contract comes from: the order, its client and seller, and the day its contracts
   * start (the day of the sale).
   */
  record Sale(
      long storeId,
      long orderId,
      Long customerId,
      Long accountId,
      Long sellerId,
      Instant soldAt,
      LocalDate startOn) {}

  /**
   * A contract in force from the sale's day for the plan's term (to the day before the same date
   * that many months later; a lifetime plan's never ends), covering one device.
   *
   * @param price the device's share of what the plan line charged
   */
  ContractRecord(
      Sale sale, ServicePlanRecord plan, long orderLineId, String serial, BigDecimal price) {
    this.storeId = sale.storeId();
    this.planId = plan.id();
    this.orderId = sale.orderId();
    this.orderLineId = orderLineId;
    this.serial = serial;
    this.customerId = sale.customerId();
    this.accountId = sale.accountId();
    this.sellerId = sale.sellerId();
    this.soldAt = sale.soldAt();
    this.startOn = sale.startOn();
    this.endOn = ContractTerms.end(sale.startOn(), plan.termMonths());
    this.price = price;
  }

  boolean covers(LocalDate day) {
    return ContractTerms.covers(startOn, endOn, closedOn, day);
  }

  /**
   * What returning the plan on {@code on} refunds: the unused share of the price ({@link
   * ContractTerms#refund}), counted up to that day or to the earlier day the contract closed (its
   * device came back first).
   *
   * @param lifetimeRefundMonths the months a lifetime plan's price is spread over
   */
  BigDecimal refundOn(LocalDate on, int lifetimeRefundMonths) {
    LocalDate until = closedOn != null && closedOn.isBefore(on) ? closedOn : on;
    return ContractTerms.refund(price, startOn, endOn, until, lifetimeRefundMonths);
  }

  /**
   * The plan came back on {@code on}: cancelled with its refund ({@link #refundOn}), closed on that
   * day unless it closed earlier.
   */
  void cancel(LocalDate on, int lifetimeRefundMonths) {
    refund = refundOn(on, lifetimeRefundMonths);
    status = ContractStatus.CANCELLED;
    closedOn = closedOn == null || on.isBefore(closedOn) ? on : closedOn;
  }

  /** The device came back on {@code on}: the contract ends that day, refunding nothing. */
  void endWithDevice(LocalDate on) {
    status = ContractStatus.ENDED;
    closedOn = on;
  }

  /** How the contract covers its device, under its plan. */
  Coverage coverage(ServicePlanRecord plan) {
    return new Coverage(
        id, plan.code(), plan.name(), plan.coverage(), plan.onSite(), startOn, endOn);
  }

  ContractView toView(ServicePlanRecord plan, LocalDate today) {
    return new ContractView(
        id,
        planId,
        plan.code(),
        plan.name(),
        plan.nameZh(),
        plan.coverage(),
        plan.onSite(),
        serial,
        customerId,
        accountId,
        storeId,
        orderId,
        orderLineId,
        startOn,
        endOn,
        covers(today),
        status,
        closedOn,
        price,
        refund);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status);
    state.put("closedOn", closedOn);
    state.put("refund", refund);
    return state;
  }

  Long id() {
    return id;
  }

  Long storeId() {
    return storeId;
  }

  Long planId() {
    return planId;
  }
}
