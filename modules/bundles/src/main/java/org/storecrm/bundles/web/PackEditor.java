package org.storecrm.bundles.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storecrm.bundles.GiftPackChanges;
import org.storecrm.bundles.GiftPackForm;
import org.storecrm.bundles.GiftPackView;
import org.storecrm.bundles.GiftPacks;
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
 * Managers and head office keep the chain's gift packs: create one, change its name, price, main
 * category and components (by SKU), retire it or bring it back. An edit quotes the version it read,
 * so a pack someone changed meanwhile is refused, not overwritten.
 */
@Named
@ViewScoped
public class PackEditor implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "packEditForm";
  private static final Pattern COMPONENT_FIELD = Pattern.compile("components\\[(\\d+)]\\..*");

  @Inject transient GiftPacks packs;
  @Inject transient Catalogue catalogue;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private Long editId;
  private List<GiftPackView> all;
  private boolean editing;
  private Long packId;
  private long version;
  private String name;
  private String nameZh;
  private BigDecimal price;
  private Category forCategory;
  private boolean active = true;
  private List<Row> components = new ArrayList<>();

  /** One component as the form edits it: a SKU and a quantity. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String sku;
    private Integer quantity = 1;

    Row(String sku, Integer quantity) {
      this.sku = sku;
      this.quantity = quantity;
    }

    public String getSku() {
      return sku;
    }

    public void setSku(String sku) {
      this.sku = sku;
    }

    public Integer getQuantity() {
      return quantity;
    }

    public void setQuantity(Integer quantity) {
      this.quantity = quantity;
    }
  }

  public boolean isMaintainer() {
    return user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN);
  }

  /** Every pack, retired ones too; read once per view (and again after a save). */
  public List<GiftPackView> getAll() {
    if (all == null) {
      all = isMaintainer() ? packs.all() : List.of();
    }
    return all;
  }

  /** The view action: {@code ?edit=} opens that pack in the editor. */
  public void open() {
    if (editId != null && isMaintainer()) {
      edit(packs.get(editId));
    }
  }

  public void create() {
    editing = true;
    packId = null;
    version = 0;
    name = null;
    nameZh = null;
    price = null;
    forCategory = null;
    active = true;
    components = new ArrayList<>(List.of(new Row(null, 1), new Row(null, 1)));
  }

  public void edit(GiftPackView pack) {
    editing = true;
    packId = pack.id();
    version = pack.version();
    name = pack.name();
    nameZh = pack.nameZh();
    price = pack.price();
    forCategory = pack.forCategory();
    active = pack.active();
    components = new ArrayList<>();
    pack.components().forEach(c -> components.add(new Row(c.sku(), c.quantity())));
  }

  public void addRow() {
    components.add(new Row(null, 1));
  }

  public void removeRow(int index) {
    if (index >= 0 && index < components.size()) {
      components.remove(index);
    }
  }

  public void cancel() {
    editing = false;
  }

  public void save() {
    List<GiftPackForm.Component> parts = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      Row row = components.get(i);
      if (row.sku == null || row.sku.isBlank()) {
        continue;
      }
      ProductView product = bySku(row.sku.trim());
      if (product == null) {
        rowMessage(i, texts.fromBundle(BundlesMenu.BUNDLE, "checklist.unknownSku", row.sku));
        return;
      }
      parts.add(new GiftPackForm.Component(product.id(), row.quantity == null ? 0 : row.quantity));
    }
    GiftPackView saved;
    try {
      saved =
          packId == null
              ? packs.create(new GiftPackForm(name, nameZh, price, forCategory, parts))
              : packs.update(
                  packId,
                  new GiftPackChanges(name, nameZh, price, forCategory, parts, active, version));
    } catch (RuntimeException e) {
      errors.show(e, FORM, BundlesMenu.BUNDLE, PackEditor::componentInput);
      return;
    }
    editing = false;
    all = null;
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                texts.fromBundle(
                    BundlesMenu.BUNDLE,
                    saved.active() ? "packs.saved" : "packs.retired",
                    saved.nameIn(isChinese()))));
  }

  /** A component's field shows at its row's SKU. */
  private static String componentInput(String field) {
    Matcher component = COMPONENT_FIELD.matcher(field);
    return component.matches() ? FORM + ":components:" + component.group(1) + ":sku" : null;
  }

  private void rowMessage(int index, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.validationFailed();
    faces.addMessage(
        FORM + ":components:" + index + ":sku",
        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private ProductView bySku(String sku) {
    return catalogue
        .find(new ProductFilter(null, sku, true), PageRequest.first(20))
        .items()
        .stream()
        .filter(p -> p.sku().equalsIgnoreCase(sku))
        .findFirst()
        .orElse(null);
  }

  private boolean isChinese() {
    return "zh".equals(texts.locale().getLanguage());
  }

  public List<Category> getCategories() {
    return Arrays.stream(Category.values()).filter(Category::isMainProduct).toList();
  }

  public Long getEditId() {
    return editId;
  }

  public void setEditId(Long editId) {
    this.editId = editId;
  }

  public boolean isEditing() {
    return editing;
  }

  public Long getPackId() {
    return packId;
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

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public Category getForCategory() {
    return forCategory;
  }

  public void setForCategory(Category forCategory) {
    this.forCategory = forCategory;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<Row> getComponents() {
    return components;
  }
}
