package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.omnifaces.util.Faces;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.CatalogueExport;
import org.storecrm.sales.Category;
import org.storecrm.sales.ProductFilter;
import org.storecrm.sales.ProductView;

/** The catalogue: filtered by category and SKU/name text, paged in the database. */
@Named
@ViewScoped
public class ProductList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Catalogue catalogue;
  @Inject transient CatalogueExport export;
  @Inject transient Clock clock;

  private PagedModel<ProductView> model;

  /** The filter of the page shown last: the export writes what the list shows, every page. */
  private ProductFilter shown = ProductFilter.all();

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            "sku",
            (page, filters) -> {
              shown =
                  new ProductFilter(
                      category(filters.get("category")),
                      (String) filters.get("globalFilter"),
                      false);
              return catalogue.find(shown, page);
            });
  }

  /** Sends the listed products as CSV, streamed from the database slice by slice. */
  public void exportCsv() {
    ProductFilter filter = shown;
    Faces.sendFile(
        "catalogue-" + LocalDate.now(clock) + ".csv", true, out -> export.write(filter, out));
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
