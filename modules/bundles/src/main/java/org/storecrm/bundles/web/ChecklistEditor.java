package org.storecrm.bundles.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.storecrm.bundles.AttachChecklists;
import org.storecrm.bundles.ChecklistEntryForm;
import org.storecrm.bundles.ChecklistEntryView;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.Category;
import org.storecrm.sales.ProductFilter;
import org.storecrm.sales.ProductView;

/**
 * The attach checklists: everyone reads a category's entries; managers add, change, reorder and
 * remove them. Products of an entry's family are given by SKU.
 */
@Named
@ViewScoped
public class ChecklistEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AttachChecklists checklists;
  @Inject transient Catalogue catalogue;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private Category category = Category.CAMERA;
  private List<ChecklistEntryView> entries = List.of();
  private Map<Long, String> skus = Map.of();
  private Long editing;
  private long version;
  private String family;
  private String familyZh;
  private String talkingPoint;
  private String talkingPointZh;
  private String forBrand;
  private String productSkus;
  private Integer position;

  @PostConstruct
  void init() {
    load();
  }

  public void load() {
    entries = checklists.checklist(category);
    skus =
        catalogue
            .products(
                entries.stream().flatMap(e -> e.productIds().stream()).distinct().toList(), null)
            .stream()
            .collect(Collectors.toMap(ProductView::id, ProductView::sku));
  }

  public boolean isMaintainer() {
    return user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN);
  }

  public String skusOf(ChecklistEntryView entry) {
    return entry.productIds().stream()
        .map(id -> skus.getOrDefault(id, "#" + id))
        .collect(Collectors.joining(", "));
  }

  public void edit(ChecklistEntryView entry) {
    editing = entry.id();
    version = entry.version();
    family = entry.family();
    familyZh = entry.familyZh();
    talkingPoint = entry.talkingPoint();
    talkingPointZh = entry.talkingPointZh();
    forBrand = entry.forBrand();
    productSkus = skusOf(entry);
    position = entry.position();
  }

  public void clear() {
    editing = null;
    version = 0;
    family = familyZh = talkingPoint = talkingPointZh = forBrand = productSkus = null;
    position = null;
  }

  public void save() {
    List<Long> ids = new ArrayList<>();
    if (productSkus != null) {
      for (String sku :
          Arrays.stream(productSkus.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList()) {
        List<ProductView> found =
            catalogue.find(new ProductFilter(null, sku, false), PageRequest.first(20)).items();
        ProductView product =
            found.stream().filter(p -> p.sku().equalsIgnoreCase(sku)).findFirst().orElse(null);
        if (product == null) {
          FacesContext.getCurrentInstance()
              .addMessage(
                  "entryForm:productSkus",
                  new FacesMessage(
                      FacesMessage.SEVERITY_ERROR,
                      texts.fromBundle(BundlesMenu.BUNDLE, "checklist.unknownSku", sku),
                      null));
          return;
        }
        ids.add(product.id());
      }
    }
    ChecklistEntryForm form =
        new ChecklistEntryForm(
            category,
            family,
            familyZh,
            talkingPoint,
            talkingPointZh,
            forBrand,
            ids,
            position,
            version);
    try {
      if (editing == null) {
        checklists.create(form);
      } else {
        checklists.update(editing, form);
      }
    } catch (RuntimeException e) {
      errors.show(e, "entryForm", BundlesMenu.BUNDLE);
      return;
    }
    clear();
    load();
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(texts.fromBundle(BundlesMenu.BUNDLE, "checklist.saved")));
  }

  public void delete(long id) {
    try {
      checklists.delete(id);
    } catch (RuntimeException e) {
      errors.show(e, "entryForm", BundlesMenu.BUNDLE);
      return;
    }
    if (Long.valueOf(id).equals(editing)) {
      clear();
    }
    load();
  }

  public List<Category> getCategories() {
    return Arrays.stream(Category.values()).filter(Category::isMainProduct).toList();
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public List<ChecklistEntryView> getEntries() {
    return entries;
  }

  public Long getEditing() {
    return editing;
  }

  public String getFamily() {
    return family;
  }

  public void setFamily(String family) {
    this.family = family;
  }

  public String getFamilyZh() {
    return familyZh;
  }

  public void setFamilyZh(String familyZh) {
    this.familyZh = familyZh;
  }

  public String getTalkingPoint() {
    return talkingPoint;
  }

  public void setTalkingPoint(String talkingPoint) {
    this.talkingPoint = talkingPoint;
  }

  public String getTalkingPointZh() {
    return talkingPointZh;
  }

  public void setTalkingPointZh(String talkingPointZh) {
    this.talkingPointZh = talkingPointZh;
  }

  public String getForBrand() {
    return forBrand;
  }

  public void setForBrand(String forBrand) {
    this.forBrand = forBrand;
  }

  public String getProductSkus() {
    return productSkus;
  }

  public void setProductSkus(String productSkus) {
    this.productSkus = productSkus;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }
}
