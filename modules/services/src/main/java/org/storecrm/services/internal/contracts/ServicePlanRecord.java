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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.sales.Category;
import org.storecrm.sales.ProductView;
import org.storecrm.services.CoverageKind;
import org.storecrm.services.ServicePlanView;

/** A service plan; its price and cost are its catalogue product's. */
@Entity
@Table(name = "svc_plan")
public class ServicePlanRecord {
  @Id
  @SequenceGenerator(name = "svc_plan_seq", sequenceName = "svc_plan_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "svc_plan_seq")
  private Long id;

  @Column(nullable = false, length = 30, updatable = false)
  private String code;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "name_zh", length = 120)
  private String nameZh;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CoverageKind coverage;

  @Column(name = "on_site", nullable = false)
  private boolean onSite;

  @Column(name = "term_months")
  private Integer termMonths;

  @Column(name = "device_limit", nullable = false)
  private int deviceLimit;

  @Column(name = "eligible_categories", nullable = false, length = 120)
  private String eligibleCategories;

  @Column(name = "product_id", nullable = false, updatable = false)
  private Long productId;

  @Column(nullable = false, length = 8)
  private String status = "ACTIVE";

  @Version private long version;

  protected ServicePlanRecord() {}

  /** A new plan, on sale, sold through the catalogue product {@code productId}. */
  ServicePlanRecord(
      String code,
      long productId,
      String name,
      String nameZh,
      CoverageKind coverage,
      boolean onSite,
      Integer termMonths,
      int deviceLimit,
      Set<Category> categories) {
    this.code = code;
    this.productId = productId;
    describe(name, nameZh, coverage, onSite, termMonths, deviceLimit, categories);
  }

  /**
   * Plans are sold with a device: only main-product categories are eligible. Static so that a new
   * plan is refused before its catalogue product is created.
   */
  static void checkCategories(Collection<Category> categories) {
    if (categories.stream().anyMatch(c -> !c.isMainProduct())) {
      throw RuleViolationException.refused(
          "services.planCategoryNotDevice",
          "eligibleCategories",
          "A plan is sold with a device: only device categories are eligible");
    }
  }

  /**
   * What the plan is, as created or edited: the name trimmed, a blank Chinese name none, the
   * categories checked ({@link #checkCategories}) before anything changes.
   */
  final void describe(
      String newName,
      String newNameZh,
      CoverageKind newCoverage,
      boolean newOnSite,
      Integer newTermMonths,
      int newDeviceLimit,
      Set<Category> newCategories) {
    checkCategories(newCategories);
    name = newName.trim();
    nameZh = newNameZh == null || newNameZh.isBlank() ? null : newNameZh.trim();
    coverage = newCoverage;
    onSite = newOnSite;
    termMonths = newTermMonths;
    deviceLimit = newDeviceLimit;
    eligibleCategories =
        newCategories.stream().sorted().distinct().map(Enum::name).collect(Collectors.joining(","));
  }

  boolean active() {
    return "ACTIVE".equals(status);
  }

  /** Off sale: advised, offered and listed no more; its contracts run on. */
  void retire() {
    status = "RETIRED";
  }

  /** Back on sale. */
  void reinstate() {
    status = "ACTIVE";
  }

  /** The eligible categories in the catalogue's order. */
  List<Category> categories() {
    return Arrays.stream(eligibleCategories.split(","))
        .filter(s -> !s.isBlank())
        .map(Category::valueOf)
        .sorted()
        .toList();
  }

  /**
   * @param product the plan's catalogue product (its price, cost and SKU), or null when unknown
   */
  ServicePlanView toView(ProductView product) {
    return new ServicePlanView(
        id,
        code,
        name,
        nameZh,
        coverage,
        onSite,
        termMonths,
        termMonths == null,
        deviceLimit,
        categories(),
        product == null ? null : product.price(),
        product == null ? null : product.cost(),
        productId,
        product == null ? null : product.sku(),
        active(),
        version);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("code", code);
    state.put("name", name);
    state.put("nameZh", nameZh);
    state.put("coverage", coverage);
    state.put("onSite", onSite);
    state.put("termMonths", termMonths);
    state.put("deviceLimit", deviceLimit);
    state.put("eligibleCategories", eligibleCategories);
    state.put("productId", productId);
    state.put("status", status);
    return state;
  }

  Long id() {
    return id;
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  String nameZh() {
    return nameZh;
  }

  CoverageKind coverage() {
    return coverage;
  }

  boolean onSite() {
    return onSite;
  }

  /** The months of cover; null for a lifetime plan. */
  Integer termMonths() {
    return termMonths;
  }

  int deviceLimit() {
    return deviceLimit;
  }

  Long productId() {
    return productId;
  }

  long version() {
    return version;
  }
}
