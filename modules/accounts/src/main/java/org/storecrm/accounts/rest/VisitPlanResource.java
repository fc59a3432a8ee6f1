package org.storecrm.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.accounts.VisitPlan;
import org.storecrm.accounts.Visits;
import org.storecrm.platform.Roles;

/** An account manager's visit plan for a day. */
@Path("visit-plan")
@Produces(MediaType.APPLICATION_JSON)
public class VisitPlanResource {
  @Inject Visits visits;

  /** {@code day} (default today), {@code accountManagerId} (default the caller). */
  @Operation(
      operationId = "getVisitPlan",
      summary = "Read an account manager's visit plan for a day",
      description =
          "MANAGER, ACCOUNT_MANAGER, ADMIN. day (default today), accountManagerId (default the"
              + " caller): the cold-visit target and how many were done, the visits planned"
              + " (overdue ones first) and the accounts the rules say are due a visit.")
  @RolesAllowed({Roles.MANAGER, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
  @GET
  public VisitPlan plan(
      @QueryParam("day") LocalDate day, @QueryParam("accountManagerId") Long accountManagerId) {
    return visits.plan(day, accountManagerId);
  }
}
