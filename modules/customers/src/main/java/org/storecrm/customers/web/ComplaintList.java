package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.customers.ComplaintFilter;
import org.storecrm.customers.ComplaintStatus;
import org.storecrm.customers.ComplaintView;
import org.storecrm.customers.Complaints;
import org.storecrm.platform.web.api.PagedModel;

/**
 * The store's complaints, filtered by status and overdue in the database; overdue ones stand out.
 */
@Named
@ViewScoped
public class ComplaintList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Complaints complaints;

  private PagedModel<ComplaintView> model;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            "deadline",
            (page, filters) ->
                complaints.find(
                    new ComplaintFilter(
                        filters.get("status") == null
                            ? null
                            : ComplaintStatus.valueOf(filters.get("status").toString()),
                        filters.get("overdue") == null
                            ? null
                            : Boolean.valueOf(filters.get("overdue").toString()),
                        null),
                    page));
  }

  public PagedModel<ComplaintView> getModel() {
    return model;
  }

  public ComplaintStatus[] getStatuses() {
    return ComplaintStatus.values();
  }
}
