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
import org.storecrm.accounts.VisitProgress;
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

  /**
   * Plan vs done per account manager: {@code from} (default this week's Monday), {@code to}
   * (default six days later), {@code storeId} for head office.
   */
  @Operation(
      operationId = "getVisitProgress",
      summary = "Compare planned and made visits per account manager",
      description =
          "MANAGER, ADMIN. Per account manager of the store (head office: every store, or"
              + " storeId) over from..to (default this week, at most 62 days): the cold-visit"
              + " target and the cold visits made, the accounts due a visit by the rules and those"
              + " visited, planned visits overdue, and every visit made. A period ending before it"
              + " starts or longer than 62 days is 422 at to; store staff naming another store get"
              + " 404.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("progress")
  public VisitProgress progress(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("storeId") Long storeId) {
    return visits.progress(from, to, storeId);
  }
}
