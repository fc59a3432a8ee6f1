package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.customers.ComplaintCardLink;
import org.storecrm.customers.ComplaintChanges;
import org.storecrm.customers.ComplaintFilter;
import org.storecrm.customers.ComplaintStatus;
import org.storecrm.customers.ComplaintView;
import org.storecrm.customers.Complaints;
import org.storecrm.customers.NewComplaint;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;

/**
 * Complaints of the caller's store. Logging answers 201 with the number and deadline; a change by
 * someone who is neither the owner nor a manager is refused with 422 ({@code
 * error.complaint.notOwner}); a stale {@code version} with 409.
 */
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintsResource {
  @Inject Complaints complaints;
  @Context UriInfo uri;

  @Operation(
      operationId = "createComplaint",
      summary = "Log a complaint",
      description =
          "A hotline complaint needs no card: callerName and callerPhone suffice (422"
              + " error.complaint.callerRequired / callerPhoneRequired without them).")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  @POST
  public Response log(NewComplaint complaint) {
    ComplaintView logged = complaints.log(complaint);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(logged.id())).build())
        .entity(logged)
        .build();
  }

  /** Sortable by deadline (default), openedAt, status. */
  @Operation(
      operationId = "listComplaints",
      summary = "List the store's complaints",
      description =
          "Filters status, overdue, customerId; sort deadline (default), openedAt, status.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  @GET
  public Page<ComplaintView> find(
      @QueryParam("status") ComplaintStatus status,
      @QueryParam("overdue") Boolean overdue,
      @QueryParam("customerId") Long customerId,
      @Valid @BeanParam PageParams page) {
    return complaints.find(
        new ComplaintFilter(status, overdue, customerId), page.sortedBy("deadline"));
  }

  @Operation(
      operationId = "getComplaint",
      summary = "Read a complaint",
      description =
          "CONSULTANT, MANAGER, SERVICE, ADMIN. With its number, owner, deadline, status and"
              + " whether it is overdue or escalated; another store's complaint is 404.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  @GET
  @Path("{id}")
  public ComplaintView get(@PathParam("id") long id) {
    return complaints.get(id);
  }

  @Operation(
      operationId = "updateComplaint",
      summary = "Work on a complaint",
      description =
          "Only the owner or a manager; RESOLVED needs a resolution, compensationKind (NONE when"
              + " nothing was given; an amount for REFUND and VOUCHER) and rootCause, and opens the"
              + " satisfaction callback (callbackId) in the store manager's follow-up queue; a"
              + " resolved complaint is closed (409).")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  @PUT
  @Path("{id}")
  public ComplaintView update(@PathParam("id") long id, ComplaintChanges changes) {
    return complaints.update(id, changes);
  }

  @Operation(
      operationId = "linkComplaintCard",
      summary = "Link a customer card to a complaint logged without one",
      description =
          "Only the owner or a manager; the card must be of the complaint's store (else 404); a"
              + " complaint already on a card is 409; its callback, recovery tasks and surveys"
              + " move to the card.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  @PUT
  @Path("{id}/customer")
  public ComplaintView linkCard(@PathParam("id") long id, ComplaintCardLink link) {
    return complaints.linkCard(id, link);
  }
}
