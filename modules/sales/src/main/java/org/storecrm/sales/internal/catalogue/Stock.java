package org.storecrm.sales.internal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A product's stock in one store. Read through JPA; every change is a guarded SQL update (see
 * {@link StockLedger}), so that two counters can never both take the last unit.
 */
@Entity
@Table(name = "sal_stock")
@IdClass(Stock.Key.class)
public class Stock {
  @Id
  @Column(name = "product_id")
  private Long productId;

  @Id
  @Column(name = "store_id")
  private Long storeId;

  @Column(name = "on_hand", nullable = false)
  private int onHand;

  /** Units sold (net of returns) in the store: the traffic limit counts these. */
  @Column(name = "sold_units", nullable = false)
  private int soldUnits;

  protected Stock() {}

  public Stock(long productId, long storeId, int onHand) {
    this.productId = productId;
    this.storeId = storeId;
    this.onHand = onHand;
  }

  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    Long productId;
    Long storeId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(productId, key.productId)
          && Objects.equals(storeId, key.storeId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(productId, storeId);
    }
  }

  int onHand() {
    return onHand;
  }

  int soldUnits() {
    return soldUnits;
  }

  Long productId() {
    return productId;
  }
}
