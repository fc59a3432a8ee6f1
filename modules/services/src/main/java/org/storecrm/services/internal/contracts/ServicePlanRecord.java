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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.storecrm.sales.Category;
import org.storecrm.services.CoverageKind;

/** A service plan; its price and cost are its catalogue product's. */
@Entity
@Table(name = "svc_plan")
public class ServicePlanRecord {
  @Id
  @SequenceGenerator(name = "svc_plan_seq", sequenceName = "svc_plan_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "svc_plan_seq")
  Long id;

  @Column(nullable = false, length = 30, updatable = false)
  String code;

  @Column(nullable = false, length = 120)
  String name;

  @Column(name = "name_zh", length = 120)
  String nameZh;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  CoverageKind coverage;

  @Column(name = "on_site", nullable = false)
  boolean onSite;

  @Column(name = "term_months")
  Integer termMonths;

  @Column(name = "device_limit", nullable = false)
  int deviceLimit;

  @Column(name = "eligible_categories", nullable = false, length = 120)
  String eligibleCategories;

  @Column(name = "product_id", nullable = false, updatable = false)
  Long productId;

  @Column(nullable = false, length = 8)
  String status = "ACTIVE";

  @Version long version;

  protected ServicePlanRecord() {}

  ServicePlanRecord(String code, long productId) {
    this.code = code;
    this.productId = productId;
  }

  boolean active() {
    return "ACTIVE".equals(status);
  }

  void setActive(boolean active) {
    status = active ? "ACTIVE" : "RETIRED";
  }

  /** The eligible categories in the catalogue's order. */
  List<Category> categories() {
    return Arrays.stream(eligibleCategories.split(","))
        .filter(s -> !s.isBlank())
        .map(Category::valueOf)
        .sorted()
        .toList();
  }

  void categories(Collection<Category> categories) {
    eligibleCategories =
        categories.stream().sorted().distinct().map(Enum::name).collect(Collectors.joining(","));
  }
}
