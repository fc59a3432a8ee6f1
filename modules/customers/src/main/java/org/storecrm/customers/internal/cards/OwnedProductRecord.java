package org.storecrm.customers.internal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.storecrm.customers.OwnedProduct;

/** A product the customer owns, as the card lists it. */
@Entity
@Table(name = "cus_owned_product")
public class OwnedProductRecord {
  @Id
  @SequenceGenerator(
      name = "cus_owned_product_seq",
      sequenceName = "cus_owned_product_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_owned_product_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "order_id", updatable = false)
  private Long orderId;

  @Column(name = "product_id", updatable = false)
  private Long productId;

  @Column(length = 40, updatable = false)
  private String sku;

  @Column(nullable = false, length = 120, updatable = false)
  private String name;

  @Column(length = 20, updatable = false)
  private String category;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "acquired_at", nullable = false, updatable = false)
  private Instant acquiredAt;

  @Column(name = "bought_here", nullable = false, updatable = false)
  private boolean boughtHere;

  protected OwnedProductRecord() {}

  OwnedProductRecord(
      long customerId,
      Long orderId,
      Long productId,
      String sku,
      String name,
      String category,
      int quantity,
      Instant acquiredAt,
      boolean boughtHere) {
    this.customerId = customerId;
    this.orderId = orderId;
    this.productId = productId;
    this.sku = sku;
    this.name = name;
    this.category = category;
    this.quantity = quantity;
    this.acquiredAt = acquiredAt;
    this.boughtHere = boughtHere;
  }

  OwnedProduct toView() {
    return new OwnedProduct(id, sku, name, category, quantity, acquiredAt, boughtHere, orderId);
  }
}
