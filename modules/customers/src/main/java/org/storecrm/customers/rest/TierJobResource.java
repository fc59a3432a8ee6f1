package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.customers.Memberships;
import org.storecrm.customers.TierSweepReport;
import org.storecrm.platform.Roles;

/** Runs the membership tier sweep now (administrators); answers what it did. */
@Path("admin/jobs/tiers")
@Produces(MediaType.APPLICATION_JSON)
public class TierJobResource {
  @Inject Memberships memberships;

  @Operation(
      operationId = "runTierSweep",
      summary = "Run the membership tier sweep now",
      description =
          "ADMIN. Re-tiers every customer from the rolling window and opens member-care contacts"
              + " for tiered customers with none open; a second run the same day changes nothing"
              + " twice.")
  @RolesAllowed({Roles.ADMIN})
  @POST
  @Path("run")
  public TierSweepReport run() {
    return memberships.runSweep();
  }
}
