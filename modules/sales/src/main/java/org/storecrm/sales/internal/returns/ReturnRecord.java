package org.storecrm.sales.internal.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.storecrm.sales.internal.checkout.LinePricing;
import org.storecrm.sales.internal.checkout.OrderLine;
import org.storecrm.sales.internal.checkout.SalesOrder;

/** Units of an order line brought back, and the refund: the reversal's own record. */
@Entity
@Table(name = "sal_return")
public class ReturnRecord {
  @Id
  @SequenceGenerator(name = "sal_return_seq", sequenceName = "sal_return_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_return_seq")
  private Long id;

  @Column(name = "order_id", nullable = false, updatable = false)
  private Long orderId;

  @Column(name = "line_id", nullable = false, updatable = false)
  private Long lineId;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(nullable = false, updatable = false)
  private int quantity;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Column(name = "cost_amount", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal costAmount;

  @Column(name = "returned_at", nullable = false, updatable = false)
  private Instant returnedAt;

  @Column(name = "returned_by", nullable = false, updatable = false, length = 40)
  private String returnedBy;

  @Column(updatable = false, length = 200)
  private String reason;

  protected ReturnRecord() {}

  ReturnRecord(
      SalesOrder order,
      OrderLine line,
      int quantity,
      BigDecimal amount,
      Instant returnedAt,
      String returnedBy,
      String reason) {
    this.orderId = order.id();
    this.lineId = line.id();
    this.storeId = order.storeId();
    this.quantity = quantity;
    this.amount = amount;
    this.costAmount = LinePricing.money(line.unitCost().multiply(BigDecimal.valueOf(quantity)));
    this.returnedAt = returnedAt;
    this.returnedBy = returnedBy;
    this.reason = reason == null || reason.isBlank() ? null : reason.trim();
  }
}
