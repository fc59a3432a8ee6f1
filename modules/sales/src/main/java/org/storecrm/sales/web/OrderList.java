package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.OrderFilter;
import org.storecrm.sales.OrderSummary;

/** The store's orders, newest first, paged in the database. */
@Named
@ViewScoped
public class OrderList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Checkout checkout;

  private PagedModel<OrderSummary> model;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            "soldAt",
            (page, filters) ->
                checkout.find(
                    new OrderFilter(null, null, null),
                    new PageRequest(page.page(), page.size(), "soldAt", false)));
  }

  public PagedModel<OrderSummary> getModel() {
    return model;
  }
}
