package org.storecrm.sales.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.Category;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.NewProduct;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.ProductChanges;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.StockChange;

/** A manager's product form ({@code ?id=} edits, none creates) and the store's stock count. */
@Named
@ViewScoped
public class ProductEdit implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Catalogue catalogue;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private Long id;
  private ProductView product;
  private String sku;
  private String name;
  private String nameZh;
  private String brand;
  private Category category = Category.NOTEBOOK;
  private BigDecimal price;
  private BigDecimal cost;
  private PricingRole pricingRole = PricingRole.MAINSTREAM;
  private LifecyclePhase phase = LifecyclePhase.INTRODUCTION;
  private LocalDate launchedOn;
  private Integer trafficLimit;
  private boolean active = true;
  private Integer onHand;

  public void load() {
    if (id == null) {
      return;
    }
    show(catalogue.get(id));
  }

  private void show(ProductView view) {
    product = view;
    id = view.id();
    sku = view.sku();
    name = view.name();
    nameZh = view.nameZh();
    brand = view.brand();
    category = view.category();
    price = view.price();
    cost = view.cost();
    pricingRole = view.pricingRole();
    phase = view.phase();
    launchedOn = view.launchedOn();
    trafficLimit = view.trafficLimit();
    active = view.active();
    onHand = view.onHand();
  }

  public String save() {
    ProductView saved;
    try {
      saved =
          id == null
              ? catalogue.create(
                  new NewProduct(
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
                      trafficLimit))
              : catalogue.update(
                  id,
                  new ProductChanges(
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
                      active,
                      product.version()));
    } catch (RuntimeException e) {
      errors.show(e, "productForm", SalesMenu.BUNDLE);
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null, new FacesMessage(texts.fromBundle(SalesMenu.BUNDLE, "product.saved", saved.sku())));
    return "/sales/product.xhtml?faces-redirect=true&id=" + saved.id();
  }

  public void count() {
    try {
      show(catalogue.setStock(id, new StockChange(onHand, null)));
    } catch (RuntimeException e) {
      errors.show(e, "stockForm", SalesMenu.BUNDLE);
      return;
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(texts.fromBundle(SalesMenu.BUNDLE, "stock.saved", product.onHand())));
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public PricingRole[] getPricingRoles() {
    return PricingRole.values();
  }

  public LifecyclePhase[] getPhases() {
    return LifecyclePhase.values();
  }

  public ProductView getProduct() {
    return product;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getBrand() {
    return brand;
  }

  public void setBrand(String brand) {
    this.brand = brand;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public BigDecimal getCost() {
    return cost;
  }

  public void setCost(BigDecimal cost) {
    this.cost = cost;
  }

  public PricingRole getPricingRole() {
    return pricingRole;
  }

  public void setPricingRole(PricingRole pricingRole) {
    this.pricingRole = pricingRole;
  }

  public LifecyclePhase getPhase() {
    return phase;
  }

  public void setPhase(LifecyclePhase phase) {
    this.phase = phase;
  }

  public LocalDate getLaunchedOn() {
    return launchedOn;
  }

  public void setLaunchedOn(LocalDate launchedOn) {
    this.launchedOn = launchedOn;
  }

  public Integer getTrafficLimit() {
    return trafficLimit;
  }

  public void setTrafficLimit(Integer trafficLimit) {
    this.trafficLimit = trafficLimit;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Integer getOnHand() {
    return onHand;
  }

  public void setOnHand(Integer onHand) {
    this.onHand = onHand;
  }
}
