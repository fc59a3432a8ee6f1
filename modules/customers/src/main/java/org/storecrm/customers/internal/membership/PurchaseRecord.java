package org.storecrm.customers.internal.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.storecrm.customers.internal.cards.Customer;

/**
 * A customer's purchase, dated, with its revenue net of returns: the rolling window of the
 * membership tiers sums these. Written by {@link
 * org.storecrm.customers.internal.cards.SaleReaction} beside the lifetime value it keeps on the
 * card, from the same events. A row without an order carries over what was bought before the tiers
 * existed (lifetime totals, dated at the last purchase).
 */
@Entity
@Table(name = "cus_purchase")
public class PurchaseRecord {
  @Id
  @SequenceGenerator(
      name = "cus_purchase_seq",
      sequenceName = "cus_purchase_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_purchase_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private long customerId;

  @Column(name = "store_id", nullable = false, updatable = false)
  private long storeId;

  @Column(name = "order_id", updatable = false)
  private Long orderId;

  @Column(name = "sold_at", nullable = false, updatable = false)
  private Instant soldAt;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal revenue;

  @Column(nullable = false)
  private int purchases;

  protected PurchaseRecord() {}

  public PurchaseRecord(Customer customer, long orderId, Instant soldAt, BigDecimal revenue) {
    this.customerId = customer.id();
    this.storeId = customer.storeId();
    this.orderId = orderId;
    this.soldAt = soldAt;
    this.revenue = revenue;
    this.purchases = 1;
  }

  public Long orderId() {
    return orderId;
  }

  int purchases() {
    return purchases;
  }

  BigDecimal revenue() {
    return revenue;
  }

  Instant soldAt() {
    return soldAt;
  }

  /** A refund comes off the purchase's revenue. */
  public void takeBack(BigDecimal refund) {
    revenue = revenue.subtract(refund);
  }
}
