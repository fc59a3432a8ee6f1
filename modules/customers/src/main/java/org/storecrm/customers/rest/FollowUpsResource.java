package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.customers.FollowUpClosure;
import org.storecrm.customers.FollowUpCompletion;
import org.storecrm.customers.FollowUpHandover;
import org.storecrm.customers.FollowUpQueue;
import org.storecrm.customers.FollowUpView;
import org.storecrm.customers.FollowUps;
import org.storecrm.customers.NewFollowUp;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;

@Path("follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpsResource {
  @Inject FollowUps followUps;

  @Operation(
      operationId = "listFollowUps",
      summary = "Read the follow-up queue",
      description =
          "status DUE (default: due later today), OVERDUE, UPCOMING (the coming days: tomorrow and"
              + " the six after, or from/to, both included, at most 62 days: 422 beyond), OPEN or"
              + " ESCALATED (open, escalated to the store manager by the sweep); a manager may name"
              + " a consultant.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @GET
  public Page<FollowUpView> queue(
      @QueryParam("status") @DefaultValue("DUE") @NotNull FollowUpQueue status,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("consultantId") Long consultantId,
      @Valid @BeanParam PageParams page) {
    PageRequest request = page.inFixedOrder("dueAt", true);
    if (status == FollowUpQueue.UPCOMING && (from != null || to != null)) {
      LocalDate first = from != null ? from : to.minusDays(FollowUps.UPCOMING_DAYS - 1);
      LocalDate last = to != null ? to : from.plusDays(FollowUps.UPCOMING_DAYS - 1);
      return followUps.dueBetween(first, last, consultantId, request);
    }
    return followUps.queue(status, consultantId, request);
  }

  @Operation(
      operationId = "planFollowUp",
      summary = "Plan a contact with a customer",
      description =
          "Any customer: when (dueAt, in the future), why (purpose) and what (step). A consultant"
              + " plans their own contacts; a manager names a consultant of the customer's store"
              + " (default: the customer's consultant). Another store's customer is 404.")
  @APIResponse(
      responseCode = "201",
      description = "Planned; Location names the follow-up",
      content = @Content(schema = @Schema(implementation = FollowUpView.class)))
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @POST
  public Response plan(NewFollowUp plan, @Context UriInfo uri) {
    FollowUpView planned = followUps.plan(plan);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(planned.id())).build())
        .entity(planned)
        .build();
  }

  @Operation(
      operationId = "getFollowUp",
      summary = "Read a follow-up",
      description =
          "A consultant reads the tasks of their own queue, a manager those of their store; others"
              + " are 404.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("{id}")
  public FollowUpView get(@PathParam("id") long id) {
    return followUps.get(id);
  }

  @Operation(
      operationId = "completeFollowUp",
      summary = "Complete a follow-up",
      description = "Records the outcome and schedules the next cadence task from the grade.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/complete")
  public FollowUpView complete(@PathParam("id") long id, FollowUpCompletion completion) {
    return followUps.complete(id, completion);
  }

  @Operation(
      operationId = "reassignEscalatedFollowUp",
      summary = "Hand an escalated follow-up to a consultant",
      description =
          "MANAGER, ADMIN. consultantId: an active consultant of the task's store (422 otherwise);"
              + " dueAt (default now); version as read (409 when stale). The escalation is cleared."
              + " A task not escalated or not open is 409; another store's is 404.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/reassignment")
  public FollowUpView reassign(@PathParam("id") long id, FollowUpHandover handover) {
    return followUps.reassignEscalated(id, handover);
  }

  @Operation(
      operationId = "closeEscalatedFollowUp",
      summary = "Close an escalated follow-up with a reason",
      description =
          "MANAGER, ADMIN. reason (kept as the outcome); version as read (409 when stale). The task"
              + " is cancelled. A task not escalated or not open is 409; another store's is 404.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/closure")
  public FollowUpView close(@PathParam("id") long id, FollowUpClosure closure) {
    return followUps.closeEscalated(id, closure);
  }
}
