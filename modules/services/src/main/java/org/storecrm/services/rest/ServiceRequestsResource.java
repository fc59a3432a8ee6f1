package org.storecrm.services.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;
import org.storecrm.services.NewServiceRequest;
import org.storecrm.services.RequestDispatch;
import org.storecrm.services.RequestFeedback;
import org.storecrm.services.RequestProgress;
import org.storecrm.services.RequestStatus;
import org.storecrm.services.ServiceRequestFilter;
import org.storecrm.services.ServiceRequestView;
import org.storecrm.services.ServiceRequests;
import org.storecrm.services.TechnicianLoad;

/**
 * Service requests of the caller's store. Registering answers 201 with the SLA deadline, coverage
 * and priority; the list is the queue in dispatch order (business clients first, then deadline).
 * Progress by anyone but the assigned technician is refused with 422 ({@code
 * error.request.notYours}).
 */
@Path("service-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceRequestsResource {
  @Inject ServiceRequests requests;
  @Context UriInfo uri;

  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @POST
  public Response register(NewServiceRequest request) {
    ServiceRequestView registered = requests.register(request);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(registered.id())).build())
        .entity(registered)
        .build();
  }

  /** Without {@code status}: the open queue. Always in dispatch order. */
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  public Page<ServiceRequestView> find(
      @QueryParam("status") RequestStatus status,
      @QueryParam("technicianId") Long technicianId,
      @Valid @BeanParam PageParams page) {
    return requests.find(
        new ServiceRequestFilter(status, technicianId), page.inFixedOrder("queue", true));
  }

  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("technicians")
  public List<TechnicianLoad> technicians() {
    return requests.technicians();
  }

  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("{id}")
  public ServiceRequestView get(@PathParam("id") long id) {
    return requests.get(id);
  }

  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/dispatch")
  public ServiceRequestView dispatch(@PathParam("id") long id, RequestDispatch dispatch) {
    return requests.dispatch(id, dispatch);
  }

  @RolesAllowed({Roles.SERVICE})
  @POST
  @Path("{id}/progress")
  public ServiceRequestView progress(@PathParam("id") long id, RequestProgress progress) {
    return requests.progress(id, progress);
  }

  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  @POST
  @Path("{id}/feedback")
  public ServiceRequestView feedback(@PathParam("id") long id, RequestFeedback feedback) {
    return requests.feedback(id, feedback);
  }
}
