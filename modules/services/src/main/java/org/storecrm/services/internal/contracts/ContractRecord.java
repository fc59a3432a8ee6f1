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
import org.storecrm.services.ContractStatus;

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
  Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  @Column(name = "plan_id", nullable = false, updatable = false)
  Long planId;

  @Column(name = "order_id", nullable = false, updatable = false)
  Long orderId;

  @Column(name = "order_line_id", nullable = false, updatable = false)
  Long orderLineId;

  @Column(nullable = false, length = 60, updatable = false)
  String serial;

  @Column(name = "customer_id", updatable = false)
  Long customerId;

  @Column(name = "account_id", updatable = false)
  Long accountId;

  @Column(name = "seller_id", updatable = false)
  Long sellerId;

  @Column(name = "sold_at", nullable = false, updatable = false)
  Instant soldAt;

  @Column(name = "start_on", nullable = false, updatable = false)
  LocalDate startOn;

  @Column(name = "end_on", updatable = false)
  LocalDate endOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  ContractStatus status = ContractStatus.ACTIVE;

  @Column(name = "closed_on")
  LocalDate closedOn;

  @Column(nullable = false, precision = 12, scale = 2, updatable = false)
  BigDecimal price;

  @Column(precision = 12, scale = 2)
  BigDecimal refund;

  @Version long version;

  protected ContractRecord() {}

  ContractRecord(long storeId, long planId, long orderId, long orderLineId, String serial) {
    this.storeId = storeId;
    this.planId = planId;
    this.orderId = orderId;
    this.orderLineId = orderLineId;
    this.serial = serial;
  }

  boolean covers(LocalDate day) {
    return ContractTerms.covers(startOn, endOn, closedOn, day);
  }
}
