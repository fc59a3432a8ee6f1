package org.storecrm.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.platform.LoginLock;
import org.storecrm.platform.LoginLocks;
import org.storecrm.platform.Roles;

@Path("admin/login-locks")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class LoginLocksResource {
  @Inject LoginLocks locks;

  @Operation(
      operationId = "listLoginLocks",
      summary = "List the current login locks",
      description =
          "ADMIN. User names and client addresses locked after too many failed logins, the one"
              + " ending soonest first; id is user:<name> or address:<client address>.")
  @GET
  public List<LoginLock> list() {
    return locks.current();
  }

  @Operation(
      operationId = "liftLoginLock",
      summary = "Lift a login lock",
      description = "ADMIN. Audited; a lock that is not (or no longer) in force is 404.")
  @APIResponse(responseCode = "204", description = "Lifted")
  @DELETE
  @Path("{id}")
  public Response lift(@PathParam("id") String id) {
    locks.lift(id);
    return Response.noContent().build();
  }
}
