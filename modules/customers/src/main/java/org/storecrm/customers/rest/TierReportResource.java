package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.customers.Memberships;
import org.storecrm.customers.TierReport;
import org.storecrm.platform.Roles;

/** Members per membership tier, their spend and this month's moves (MANAGER or ADMIN). */
@Path("customer-reports/tiers")
@Produces(MediaType.APPLICATION_JSON)
public class TierReportResource {
  @Inject Memberships memberships;

  @Operation(
      operationId = "getTierReport",
      summary = "Members per membership tier",
      description =
          "MANAGER, ADMIN. Per tier, lowest first: members now, their spend in the rolling window"
              + " and the moves up and down into the tier this month. A manager's own store"
              + " (another storeId is 404); head office the storeId it names, or the chain.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  public TierReport tiers(@QueryParam("storeId") Long storeId) {
    return memberships.report(storeId);
  }
}
