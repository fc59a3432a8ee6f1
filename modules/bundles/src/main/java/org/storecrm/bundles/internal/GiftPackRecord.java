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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.storecrm.sales.Category;

/**
 * A gift pack with its components in order. Its name, price, category and parts change only
 * together, through {@link #edit}; a retired pack stays for the orders that sold it.
 */
@Entity
@Table(name = "bun_gift_pack")
public class GiftPackRecord {
  @Id
  @SequenceGenerator(
      name = "bun_gift_pack_seq",
      sequenceName = "bun_gift_pack_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bun_gift_pack_seq")
  private Long id;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "name_zh", length = 120)
  private String nameZh;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal price;

  @Enumerated(EnumType.STRING)
  @Column(name = "for_category", length = 12)
  private Category forCategory;

  @Column(nullable = false, length = 8)
  private String status = "ACTIVE";

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bun_pack_component", joinColumns = @JoinColumn(name = "pack_id"))
  @OrderColumn(name = "member_no")
  private List<Part> parts = new ArrayList<>();

  @Version private long version;

  /** One product of the pack. */
  @Embeddable
  public static class Part {
    @Column(name = "product_id", nullable = false)
    private Long productId;

    @Column(nullable = false)
    private int quantity;

    protected Part() {}

    Part(Long productId, int quantity) {
      this.productId = productId;
      this.quantity = quantity;
    }

    Long productId() {
      return productId;
    }

    int quantity() {
      return quantity;
    }

    private boolean sameAs(Part other) {
      return productId.equals(other.productId) && quantity == other.quantity;
    }
  }

  protected GiftPackRecord() {}

  /** A pack on sale; names are trimmed (a blank Chinese name is none), the price has cents. */
  GiftPackRecord(
      String name, String nameZh, BigDecimal price, Category forCategory, List<Part> parts) {
    describe(name, nameZh, price, forCategory);
    this.parts.addAll(parts);
  }

  /**
   * The manager's edit. The parts' collection is rewritten only when a part changed, so that an
   * edit of the name alone leaves the component rows alone.
   */
  void edit(
      String name,
      String nameZh,
      BigDecimal price,
      Category forCategory,
      boolean active,
      List<Part> parts) {
    describe(name, nameZh, price, forCategory);
    status = active ? "ACTIVE" : "RETIRED";
    if (!sameParts(parts)) {
      this.parts.clear();
      this.parts.addAll(parts);
    }
  }

  private void describe(String name, String nameZh, BigDecimal price, Category forCategory) {
    this.name = name.trim();
    this.nameZh = nameZh == null || nameZh.isBlank() ? null : nameZh.trim();
    this.price = price.setScale(2);
    this.forCategory = forCategory;
  }

  private boolean sameParts(List<Part> other) {
    if (parts.size() != other.size()) {
      return false;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (!parts.get(i).sameAs(other.get(i))) {
        return false;
      }
    }
    return true;
  }

  Long id() {
    return id;
  }

  String name() {
    return name;
  }

  String nameZh() {
    return nameZh;
  }

  BigDecimal price() {
    return price;
  }

  Category forCategory() {
    return forCategory;
  }

  boolean active() {
    return "ACTIVE".equals(status);
  }

  List<Part> parts() {
    return List.copyOf(parts);
  }

  long version() {
    return version;
  }

  /** What the audit trail records of the pack. */
  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("nameZh", nameZh);
    state.put("price", price);
    state.put("forCategory", forCategory);
    state.put("status", status);
    state.put(
        "components",
        parts.stream().map(p -> p.quantity + "x" + p.productId).collect(Collectors.joining(",")));
    return state;
  }
}
