package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerSummary;
import org.storecrm.platform.web.api.PagedModel;

/** Search by phone prefix or any part of the name, paged in the database. */
@Named
@ViewScoped
public class CustomerList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CustomerDirectory customers;

  private PagedModel<CustomerSummary> model;

  @PostConstruct
  void init() {
    model =
        // No default sort here: the directory orders a phone search by phone, the rest by name.
        new PagedModel<>(
            null, (page, filters) -> customers.find((String) filters.get("globalFilter"), page));
  }

  public PagedModel<CustomerSummary> getModel() {
    return model;
  }
}
