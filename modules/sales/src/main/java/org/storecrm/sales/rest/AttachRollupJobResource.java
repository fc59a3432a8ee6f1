package org.storecrm.sales.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.Roles;
import org.storecrm.sales.FiguresRollup;

/**
 * Refreshes the monthly attach rollup now (administrators), e.g. after a bulk load; answers what it
 * did.
 */
@Path("admin/jobs/attach-rollup")
@Produces(MediaType.APPLICATION_JSON)
public class AttachRollupJobResource {
  @Inject FiguresRollup rollup;

  @Operation(
      operationId = "runAttachRollup",
      summary = "Compute the attach KPIs' monthly rollup now",
      description = "ADMIN. A second run computes nothing.")
  @RolesAllowed({Roles.ADMIN})
  @POST
  @Path("run")
  public FiguresRollup.RollupReport run() {
    return rollup.refresh();
  }
}
