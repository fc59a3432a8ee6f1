package org.storecrm.services.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Category;
import org.storecrm.services.CoverageKind;
import org.storecrm.services.ServicePlanChanges;
import org.storecrm.services.ServicePlanForm;
import org.storecrm.services.ServicePlanView;
import org.storecrm.services.ServicePlans;

/**
 * The service-plan catalogue: store staff read what each plan covers and costs; managers and head
 * office create and change plans (and with them their catalogue products' price and cost) or retire
 * them. An edit quotes the version it read.
 */
@Named
@ViewScoped
public class PlanEditor implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "planEditForm";

  @Inject transient ServicePlans plans;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private List<ServicePlanView> list;
  private boolean editing;
  private Long planId;
  private long version;
  private String code;
  private String name;
  private String nameZh;
  private CoverageKind coverage;
  private boolean onSite;
  private Integer termMonths;
  private Integer deviceLimit = 1;
  private Category[] eligibleCategories = new Category[0];
  private BigDecimal price;
  private BigDecimal cost;
  private boolean active = true;

  public boolean isMaintainer() {
    return user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN);
  }

  /** The plans on sale, or for maintainers every plan; read once per view (and after a save). */
  public List<ServicePlanView> getPlans() {
    if (list == null) {
      list = isMaintainer() ? plans.all() : plans.plans();
    }
    return list;
  }

  public void create() {
    editing = true;
    planId = null;
    version = 0;
    code = null;
    name = null;
    nameZh = null;
    coverage = null;
    onSite = false;
    termMonths = null;
    deviceLimit = 1;
    eligibleCategories = new Category[0];
    price = null;
    cost = null;
    active = true;
  }

  public void edit(ServicePlanView plan) {
    editing = true;
    planId = plan.id();
    version = plan.version();
    code = plan.code();
    name = plan.name();
    nameZh = plan.nameZh();
    coverage = plan.coverage();
    onSite = plan.onSite();
    termMonths = plan.termMonths();
    deviceLimit = plan.deviceLimit();
    eligibleCategories = plan.eligibleCategories().toArray(Category[]::new);
    price = plan.price();
    cost = plan.cost();
    active = plan.active();
  }

  public void cancel() {
    editing = false;
  }

  public void save() {
    ServicePlanView saved;
    try {
      saved =
          planId == null
              ? plans.create(
                  new ServicePlanForm(
                      code,
                      name,
                      nameZh,
                      coverage,
                      onSite,
                      termMonths,
                      deviceLimit,
                      new LinkedHashSet<>(Arrays.asList(eligibleCategories)),
                      price,
                      cost,
                      null))
              : plans.update(
                  planId,
                  new ServicePlanChanges(
                      name,
                      nameZh,
                      coverage,
                      onSite,
                      termMonths,
                      deviceLimit,
                      new LinkedHashSet<>(Arrays.asList(eligibleCategories)),
                      price,
                      cost,
                      active,
                      version));
    } catch (RuntimeException e) {
      errors.show(e, FORM, ServicesMenu.BUNDLE);
      return;
    }
    editing = false;
    list = null;
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                texts.fromBundle(
                    ServicesMenu.BUNDLE,
                    saved.active() ? "plans.saved" : "plans.retired",
                    saved.nameIn("zh".equals(texts.locale().getLanguage())))));
  }

  public List<Category> getCategories() {
    return Arrays.stream(Category.values()).filter(Category::isMainProduct).toList();
  }

  public CoverageKind[] getCoverages() {
    return CoverageKind.values();
  }

  public boolean isEditing() {
    return editing;
  }

  public Long getPlanId() {
    return planId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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

  public CoverageKind getCoverage() {
    return coverage;
  }

  public void setCoverage(CoverageKind coverage) {
    this.coverage = coverage;
  }

  public boolean isOnSite() {
    return onSite;
  }

  public void setOnSite(boolean onSite) {
    this.onSite = onSite;
  }

  public Integer getTermMonths() {
    return termMonths;
  }

  public void setTermMonths(Integer termMonths) {
    this.termMonths = termMonths;
  }

  public Integer getDeviceLimit() {
    return deviceLimit;
  }

  public void setDeviceLimit(Integer deviceLimit) {
    this.deviceLimit = deviceLimit;
  }

  public Category[] getEligibleCategories() {
    return eligibleCategories;
  }

  public void setEligibleCategories(Category[] eligibleCategories) {
    this.eligibleCategories = eligibleCategories == null ? new Category[0] : eligibleCategories;
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

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
