package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.customers.NewPhoneIn;
import org.storecrm.customers.PhoneInView;
import org.storecrm.customers.PhoneIns;
import org.storecrm.platform.Roles;

/**
 * The phone-in register's checklist over REST (issue 15): {@code POST /phone-ins} records a call
 * with the chain's steps, the promised callback and the care message.
 */
@Path("phone-ins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PhoneInsResource {
  @Inject PhoneIns phoneIns;

  @Operation(
      operationId = "recordPhoneIn",
      summary = "Record a phone-in with the chain's checklist",
      description =
          "CONSULTANT, MANAGER. On a card (customerId, another store's: 404) or not (callerName,"
              + " callerPhone, language zh_CN|en); steps: the checklist's steps done;"
              + " cannotAnswerNow promises a callback due at callbackBy (future) or"
              + " storecrm.customers.phone-in-callback-hours later, in the taker's queue; with a"
              + " phone, the care message goes through the notification gateway. 201 with the"
              + " entry, the callback and the message; rule violations 422 at their field.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = PhoneInView.class)))
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER})
  @POST
  public Response record(NewPhoneIn call) {
    return Response.status(Response.Status.CREATED).entity(phoneIns.record(call)).build();
  }
}
