package org.storecrm.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.HandoverConversion;
import org.storecrm.accounts.HandoverStatus;
import org.storecrm.accounts.HandoverView;
import org.storecrm.accounts.Handovers;
import org.storecrm.accounts.NewHandover;
import org.storecrm.platform.Roles;

/** Walk-in company buyers handed to account managers, and the managers' queues. */
@Path("account-handovers")
@RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandoversResource {
  @Inject Handovers handovers;
  @Context UriInfo uri;

  /**
   * {@code {customerId, accountManagerId, note?}}: 201 with the handover in the manager's queue.
   */
  @Operation(
      operationId = "handOverToAccountManager",
      summary = "Hand a company buyer to an account manager",
      description =
          "CONSULTANT, MANAGER, ACCOUNT_MANAGER, ADMIN. Answers 201 with the handover, open in the"
              + " account manager's queue. A customer that is not a company, or an accountManagerId"
              + " that is not an active account manager of the customer's store, is 422; a"
              + " customer already in a queue is 409; another store's customer is 404.")
  @POST
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
  public Response handOver(NewHandover input) {
    HandoverView created = handovers.handOver(input);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  /**
   * The caller's queue (account managers) or the store's ({@code accountManagerId} to pick one);
   * {@code status} OPEN (default), CONVERTED or DISMISSED; newest first.
   */
  @Operation(
      operationId = "listAccountHandovers",
      summary = "An account manager's handover queue",
      description =
          "ACCOUNT_MANAGER, MANAGER, ADMIN. An account manager gets their own queue; managers and"
              + " head office the store's, or one manager's with accountManagerId. status OPEN"
              + " (default), CONVERTED or DISMISSED; newest first, at most limit (100, up to"
              + " 200).")
  @GET
  public List<HandoverView> queue(
      @QueryParam("accountManagerId") Long accountManagerId,
      @QueryParam("status") HandoverStatus status,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return handovers.queue(accountManagerId, status, limit);
  }

  @Operation(
      operationId = "getAccountHandover",
      summary = "Read a handover",
      description =
          "ACCOUNT_MANAGER, MANAGER, ADMIN. Another store's handover, and for an account manager"
              + " another manager's, is 404.")
  @GET
  @Path("{id}")
  public HandoverView get(@PathParam("id") long id) {
    return handovers.get(id);
  }

  /** {@code {status, paymentTermDays, industry?, employees?}}: 201 with the new account. */
  @Operation(
      operationId = "convertAccountHandover",
      summary = "Open an account for a handed-over buyer",
      description =
          "ACCOUNT_MANAGER, MANAGER, ADMIN. The account is the handover's account manager's,"
              + " source walk-in, with the buyer as its contact; a handover already converted or"
              + " dismissed is 409, payment terms over the limit 422.")
  @APIResponse(
      responseCode = "201",
      description = "Opened",
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  @POST
  @Path("{id}/convert")
  public Response convert(@PathParam("id") long id, HandoverConversion conversion) {
    AccountView account = handovers.convert(id, conversion);
    return Response.created(
            uri.getBaseUriBuilder().path("accounts").path(String.valueOf(account.id())).build())
        .entity(account)
        .build();
  }

  /** {@code {reason}}: the handover leaves the queue with the reason. */
  @Operation(
      operationId = "dismissAccountHandover",
      summary = "Dismiss a handover with a reason",
      description =
          "ACCOUNT_MANAGER, MANAGER, ADMIN. Body {reason} (required); the handover leaves the"
              + " queue as DISMISSED. A handover already converted or dismissed is 409.")
  @POST
  @Path("{id}/dismiss")
  public HandoverView dismiss(@PathParam("id") long id, Dismissal dismissal) {
    return handovers.dismiss(id, dismissal == null ? null : dismissal.reason());
  }

  /** Why a handover is dismissed. */
  public record Dismissal(String reason) {}
}
