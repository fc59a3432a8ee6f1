package org.storecrm.services.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.services.ServiceRequestFilter;
import org.storecrm.services.ServiceRequestView;
import org.storecrm.services.ServiceRequests;
import org.storecrm.services.TechnicianLoad;

/**
 * The store manager's dispatch board: the open requests in dispatch order (key accounts, business
 * clients, then by deadline) with the time left, at-risk and late ones highlighted from the
 * deadline itself, and each technician's load.
 */
@Named
@ViewScoped
public class DispatchBoard implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ServiceRequests requests;

  private PagedModel<ServiceRequestView> model;
  private List<TechnicianLoad> technicians;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            "queue", (page, filters) -> requests.find(ServiceRequestFilter.open(), page));
  }

  public PagedModel<ServiceRequestView> getModel() {
    return model;
  }

  public List<TechnicianLoad> getTechnicians() {
    if (technicians == null) {
      technicians = requests.technicians();
    }
    return technicians;
  }

  /** Reloads the loads with the table (the poll). */
  public void refresh() {
    technicians = null;
  }

  /** The row's style: late, at risk, or none. */
  public String rowClass(ServiceRequestView row) {
    return RequestLabels.urgency(row);
  }
}
