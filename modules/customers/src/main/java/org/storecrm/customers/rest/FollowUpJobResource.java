package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.customers.FollowUps;
import org.storecrm.customers.SweepReport;
import org.storecrm.platform.Roles;

/** Runs the follow-up sweep now (administrators); answers what it did. */
@Path("admin/jobs/followups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpJobResource {
  @Inject FollowUps followUps;

  @Operation(
      operationId = "runFollowUpSweep",
      summary = "Run the follow-up sweep now",
      description =
          "ADMIN. Birthday calls, the monthly VIP contact and complaint escalation; a second run creates nothing twice.")
  @RolesAllowed({Roles.ADMIN})
  @POST
  @Path("run")
  public SweepReport run() {
    return followUps.runSweep();
  }
}
