package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.platform.web.PagedModel;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.Category;
import org.storecrm.sales.ProductFilter;
import org.storecrm.sales.ProductView;

/** The catalogue: filtered by category and SKU/name text, paged in the database. */
@Named
@ViewScoped
public class ProductList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Catalogue catalogue;

  private PagedModel<ProductView> model;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            "sku",
            (page, filters) ->
                catalogue.find(
                    new ProductFilter(
                        category(filters.get("category")),
                        (String) filters.get("globalFilter"),
                        false),
                    page));
  }

  private static Category category(Object value) {
    if (value instanceof Category category) {
      return category;
    }
    return value == null || value.toString().isBlank() ? null : Category.valueOf(value.toString());
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public PagedModel<ProductView> getModel() {
    return model;
  }
}
