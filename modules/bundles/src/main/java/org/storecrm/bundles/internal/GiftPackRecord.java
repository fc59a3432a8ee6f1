package org.storecrm.bundles.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.storecrm.sales.Category;

/** A gift pack with its components in order. */
@Entity
@Table(name = "bun_gift_pack")
public class GiftPackRecord {
  @Id
  @SequenceGenerator(
      name = "bun_gift_pack_seq",
      sequenceName = "bun_gift_pack_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bun_gift_pack_seq")
  Long id;

  @Column(nullable = false, length = 120)
  String name;

  @Column(name = "name_zh", length = 120)
  String nameZh;

  @Column(nullable = false, precision = 12, scale = 2)
  BigDecimal price;

  @Enumerated(EnumType.STRING)
  @Column(name = "for_category", length = 12)
  Category forCategory;

  @Column(nullable = false, length = 8)
  String status = "ACTIVE";

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bun_pack_component", joinColumns = @JoinColumn(name = "pack_id"))
  @OrderColumn(name = "member_no")
  List<Part> parts = new ArrayList<>();

  @Version long version;

  /** One product of the pack. */
  @Embeddable
  public static class Part {
    @Column(name = "product_id", nullable = false)
    Long productId;

    @Column(nullable = false)
    int quantity;

    protected Part() {}

    Part(Long productId, int quantity) {
      this.productId = productId;
      this.quantity = quantity;
    }
  }

  protected GiftPackRecord() {}

  GiftPackRecord(String name, String nameZh, BigDecimal price, Category forCategory) {
    this.name = name;
    this.nameZh = nameZh;
    this.price = price;
    this.forCategory = forCategory;
  }

  boolean active() {
    return "ACTIVE".equals(status);
  }

  void setActive(boolean active) {
    status = active ? "ACTIVE" : "RETIRED";
  }
}
