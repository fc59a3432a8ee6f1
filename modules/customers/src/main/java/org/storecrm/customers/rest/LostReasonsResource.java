package org.storecrm.customers.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.customers.Classifications;
import org.storecrm.customers.LostReason;
import org.storecrm.customers.NewLostReason;
import org.storecrm.platform.Roles;

/** The maintained list of lost-sale reasons (changes: MANAGER or ADMIN). */
@Path("lost-reasons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LostReasonsResource {
  @Inject Classifications classifications;

  @Operation(
      operationId = "listLostReasons",
      summary = "List lost-sale reasons",
      description = "all=true includes retired ones.")
  @PermitAll
  @GET
  public List<LostReason> list(@QueryParam("all") @DefaultValue("false") boolean includeInactive) {
    return classifications.lostReasons(includeInactive);
  }

  @Operation(
      operationId = "createLostReason",
      summary = "Add a lost-sale reason",
      description = "MANAGER, ADMIN; a code in use is 409.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = LostReason.class)))
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  public Response add(NewLostReason reason) {
    return Response.status(Response.Status.CREATED)
        .entity(classifications.addLostReason(reason))
        .build();
  }

  /** Body {@code true} or {@code false}; a retired reason stays on the records that used it. */
  @Operation(
      operationId = "setLostReasonActive",
      summary = "Retire or restore a lost-sale reason",
      description = "Body true or false.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @PUT
  @Path("{id}/active")
  public LostReason setActive(@PathParam("id") long id, boolean active) {
    return classifications.setLostReasonActive(id, active);
  }
}
