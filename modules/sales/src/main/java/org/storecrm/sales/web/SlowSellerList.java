package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.StoreView;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Category;
import org.storecrm.sales.SlowSeller;
import org.storecrm.sales.SlowSellerFilter;
import org.storecrm.sales.SlowSellerRule;
import org.storecrm.sales.SlowSellers;

/**
 * The manager's list of slow sellers entering clearance, paged and sorted in the database, with a
 * one-click move into the clearance phase; head office picks a store or sees the whole chain.
 */
@Named
@ViewScoped
public class SlowSellerList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SlowSellers slowSellers;
  @Inject transient StoreDirectory stores;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private SlowSellerRule rule;
  private Long storeId;
  private PagedModel<SlowSeller> model;

  @PostConstruct
  void init() {
    rule = slowSellers.rule();
    model =
        new PagedModel<>(
            "soldUnits",
            (page, filters) ->
                slowSellers.find(
                    new SlowSellerFilter(
                        storeId,
                        category(filters.get("category")),
                        (String) filters.get("globalFilter")),
                    page),
            SlowSeller::productId);
  }

  private static Category category(Object value) {
    if (value instanceof Category category) {
      return category;
    }
    return value == null || value.toString().isBlank() ? null : Category.valueOf(value.toString());
  }

  /** Moves the row's product into clearance; it leaves the list. */
  public void clear(SlowSeller row) {
    try {
      slowSellers.moveToClearance(row.productId(), row.version());
    } catch (RuntimeException e) {
      errors.show(e, "slowForm", SalesMenu.BUNDLE);
      return;
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(texts.fromBundle(SalesMenu.BUNDLE, "slow.cleared", row.sku())));
  }

  public String getExplanation() {
    return texts.fromBundle(
        SalesMenu.BUNDLE,
        "slow.explain",
        String.valueOf(rule.days()),
        String.valueOf(rule.maxUnits()));
  }

  /** The stores head office may pick from (store staff see their own store only). */
  public List<StoreView> getStores() {
    return stores.find(null, new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).items();
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public PagedModel<SlowSeller> getModel() {
    return model;
  }

  public Long getStoreId() {
    return storeId;
  }

  public void setStoreId(Long storeId) {
    this.storeId = storeId;
  }
}
