package org.storecrm.services.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.services.ServiceRequestFilter;
import org.storecrm.services.ServiceRequestView;
import org.storecrm.services.ServiceRequests;

/** A technician's own open jobs in dispatch order, laid out for a phone. */
@Named
@ViewScoped
public class MyJobs implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ServiceRequests requests;
  @Inject transient CurrentUser user;

  private PagedModel<ServiceRequestView> model;

  @PostConstruct
  void init() {
    long me = user.userId().orElse(-1L);
    model =
        new PagedModel<>(
            "queue", (page, filters) -> requests.find(new ServiceRequestFilter(null, me), page));
  }

  public PagedModel<ServiceRequestView> getModel() {
    return model;
  }

  public String rowClass(ServiceRequestView row) {
    return RequestLabels.urgency(row);
  }

  public String timeLeft(ServiceRequestView row) {
    return RequestLabels.minutes(row.minutesLeft());
  }
}
