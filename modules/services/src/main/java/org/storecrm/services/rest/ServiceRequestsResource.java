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
import org.eclipse.microprofile.openapi.annotations.Operation;
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

  @Operation(
      operationId = "registerServiceRequest",
      summary = "Register a service request",
      description =
          "CONSULTANT, MANAGER, ADMIN. For exactly one of customerId or accountId (else 422);"
              + " answers 201 with the SLA deadline, whether a contract covers the device, and the"
              + " priority (key account, business, standard). Another store's customer or account"
              + " is 404; storeId counts for head office only.")
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
  @Operation(
      operationId = "findServiceRequests",
      summary = "The service request queue",
      description =
          "Every role; the caller's store's requests, paged, always in dispatch order (key"
              + " accounts, business clients, then the rest, each by deadline). Without status the"
              + " open queue; technicianId: one technician's.")
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

  @Operation(
      operationId = "listTechnicianLoads",
      summary = "List the technicians and their open jobs",
      description =
          "MANAGER, ADMIN. The store's active technicians with their dispatched and on-site"
              + " requests, least loaded first.")
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
  @Operation(
      operationId = "getServiceRequest",
      summary = "Read a service request",
      description =
          "Every role. With its deadline, breach and risk as of now, coverage, price and the"
              + " signature; another store's request is 404.")
  @GET
  @Path("{id}")
  public ServiceRequestView get(@PathParam("id") long id) {
    return requests.get(id);
  }

  @Operation(
      operationId = "dispatchServiceRequest",
      summary = "Send a service request to a technician",
      description =
          "MANAGER, ADMIN. Body {technicianId}: an active technician of the request's store"
              + " (else 422; another store's user is 404). Only a registered or dispatched request"
              + " can be sent (409).")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/dispatch")
  public ServiceRequestView dispatch(@PathParam("id") long id, RequestDispatch dispatch) {
    return requests.dispatch(id, dispatch);
  }

  @Operation(
      operationId = "recordServiceProgress",
      summary = "Move a service request on",
      description =
          "SERVICE, the technician it is dispatched to only (anyone else 422). status ON_SITE on"
              + " arrival (the promise is kept then) or DONE, with notes, parts and the customer's"
              + " signature; any other step is 409.")
  @RolesAllowed({Roles.SERVICE})
  @POST
  @Path("{id}/progress")
  public ServiceRequestView progress(@PathParam("id") long id, RequestProgress progress) {
    return requests.progress(id, progress);
  }

  @Operation(
      operationId = "recordServiceFeedback",
      summary = "Record the client's score of a done job",
      description =
          "CONSULTANT, MANAGER, SERVICE (their own jobs; else 422), ADMIN. Score 1-5 and a"
              + " comment, once (409) and only when the job is done (409); a customer's score is"
              + " recorded as a satisfaction survey, and a low one opens a recovery task.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  @POST
  @Path("{id}/feedback")
  public ServiceRequestView feedback(@PathParam("id") long id, RequestFeedback feedback) {
    return requests.feedback(id, feedback);
  }
}
