package org.storecrm.sales.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.Roles;
import org.storecrm.sales.LifecycleReport;
import org.storecrm.sales.ProductLifecycle;

/** Runs the catalogue's lifecycle sweep now (administrators); answers what it did. */
@Path("admin/jobs/lifecycle")
@Produces(MediaType.APPLICATION_JSON)
public class LifecycleJobResource {
  @Inject ProductLifecycle lifecycle;

  @Operation(
      operationId = "runLifecycleSweep",
      summary = "Run the catalogue lifecycle sweep now",
      description = "ADMIN. Introduction products past their days move to PLATEAU.")
  @RolesAllowed({Roles.ADMIN})
  @POST
  @Path("run")
  public LifecycleReport run() {
    return lifecycle.runSweep();
  }
}
