package org.storecrm.sales.internal.catalogue;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.storecrm.sales.Category;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.internal.checkout.LinePricing;

/** A product of the chain's catalogue; the SKU is unique chain-wide. */
@Entity
@Table(name = "sal_product")
public class Product {
  @Id
  @SequenceGenerator(
      name = "sal_product_seq",
      sequenceName = "sal_product_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_product_seq")
  private Long id;

  @Column(nullable = false, updatable = false, length = 40)
  private String sku;

  @Column(nullable = false, length = 120)
  private String name;

  /**
   * The words a product is found by ({@link ProductSearch}): the lower-cased English name, Chinese
   * name, brand and SKU, separated by spaces; kept by {@link #index()} (and sales V14 for the rows
   * before it).
   */
  @Column(name = "search_key", nullable = false, length = 400)
  private String searchKey;

  @Column(name = "name_zh", length = 120)
  private String nameZh;

  @Column(length = 60)
  private String brand;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Category category;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal price;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal cost;

  @Enumerated(EnumType.STRING)
  @Column(name = "pricing_role", nullable = false, length = 10)
  private PricingRole pricingRole;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private LifecyclePhase phase;

  @Column(name = "launched_on")
  private LocalDate launchedOn;

  @Column(name = "traffic_limit")
  private Integer trafficLimit;

  /**
   * ON_SALE or RETIRED, as text: EclipseLink writes boolean criteria constants as 1, which H2 will
   * not compare with a BOOLEAN column.
   */
  @Column(nullable = false, length = 8)
  private String status;

  @Version private long version;

  protected Product() {}

  public Product(String sku) {
    this.sku = sku.trim().toUpperCase(Locale.ROOT);
    this.status = ON_SALE;
    index();
  }

  static final String ON_SALE = "ON_SALE";
  static final String RETIRED = "RETIRED";

  public boolean active() {
    return ON_SALE.equals(status);
  }

  public void active(boolean onSale) {
    status = onSale ? ON_SALE : RETIRED;
  }

  void name(String english, String chinese) {
    name = english.trim();
    nameZh = chinese == null || chinese.isBlank() ? null : chinese.trim();
    index();
  }

  void brand(String brandName) {
    brand = brandName == null || brandName.isBlank() ? null : brandName.trim();
    index();
  }

  /**
   * Recomputes {@link #searchKey} from the fields it holds; every change of the name, Chinese name,
   * brand or SKU ends here. Sales V14 computes the same text in SQL for the rows before it.
   */
  private void index() {
    searchKey = searchKey(name, nameZh, brand, sku);
  }

  static String searchKey(String english, String chinese, String brandName, String code) {
    return String.join(
            " ",
            english == null ? "" : english,
            chinese == null ? "" : chinese,
            brandName == null ? "" : brandName,
            code == null ? "" : code)
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Sets everything a manager maintains but the SKU and the status; a quantity limit is kept for
   * traffic products only, and money is held at scale 2.
   */
  public void describe(
      String english,
      String chinese,
      String brandName,
      Category newCategory,
      BigDecimal newPrice,
      BigDecimal newCost,
      PricingRole role,
      LifecyclePhase newPhase,
      LocalDate launched,
      Integer limit) {
    name(english, chinese);
    brand(brandName);
    category = newCategory;
    price = LinePricing.money(newPrice);
    cost = LinePricing.money(newCost);
    pricingRole = role;
    phase = newPhase;
    launchedOn = launched;
    trafficLimit = role == PricingRole.TRAFFIC ? limit : null;
  }

  /** Marks the product for clearance (a slow seller's end of life). */
  void moveToClearance() {
    phase = LifecyclePhase.CLEARANCE;
  }

  ProductView toView(Integer onHand, Integer soldUnits) {
    return new ProductView(
        id,
        sku,
        name,
        nameZh,
        brand,
        category,
        price,
        cost,
        pricingRole,
        phase,
        launchedOn,
        trafficLimit,
        active(),
        onHand,
        soldUnits,
        version);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("sku", sku);
    state.put("name", name);
    state.put("nameZh", nameZh);
    state.put("brand", brand);
    state.put("category", category);
    state.put("price", price);
    state.put("cost", cost);
    state.put("pricingRole", pricingRole);
    state.put("phase", phase);
    state.put("launchedOn", launchedOn);
    state.put("trafficLimit", trafficLimit);
    state.put("active", active());
    return state;
  }

  public Integer trafficLimit() {
    return trafficLimit;
  }

  public LocalDate launchedOn() {
    return launchedOn;
  }

  String brand() {
    return brand;
  }

  public String nameZh() {
    return nameZh;
  }

  public String sku() {
    return sku;
  }

  public Long id() {
    return id;
  }

  public Category category() {
    return category;
  }

  long version() {
    return version;
  }

  LifecyclePhase phase() {
    return phase;
  }

  public String name() {
    return name;
  }

  public PricingRole pricingRole() {
    return pricingRole;
  }

  public BigDecimal price() {
    return price;
  }

  public BigDecimal cost() {
    return cost;
  }

  String searchKey() {
    return searchKey;
  }
}
