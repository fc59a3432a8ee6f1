package org.storecrm.services;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * Service requests and their promise, scoped to the caller's store (another store's request is not
 * found). Consultants and managers register, managers dispatch, the assigned technician progresses
 * the job; the queue is in dispatch order: key accounts, business clients, then the rest, each by
 * deadline.
 */
public interface ServiceRequests {
  ServiceRequestView register(@NotNull @Valid NewServiceRequest request);

  /** The queue in dispatch order (the page's sort is not used: the order is the rule). */
  Page<ServiceRequestView> find(@NotNull ServiceRequestFilter filter, @NotNull PageRequest page);

  ServiceRequestView get(long id);

  ServiceRequestView dispatch(long id, @NotNull @Valid RequestDispatch dispatch);

  ServiceRequestView progress(long id, @NotNull @Valid RequestProgress progress);

  ServiceRequestView feedback(long id, @NotNull @Valid RequestFeedback feedback);

  /** The store's technicians with their open jobs, least loaded first (managers). */
  List<TechnicianLoad> technicians();

  /** Runs the SLA sweep now (administrators); running it twice flags nothing twice. */
  SlaSweepReport runSlaSweep();

  /** When the SLA sweep last ran, chain-wide (administrators). */
  SlaJobStatus slaJobStatus();
}
