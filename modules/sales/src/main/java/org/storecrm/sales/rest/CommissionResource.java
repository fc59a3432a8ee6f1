package org.storecrm.sales.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.Roles;
import org.storecrm.sales.CommissionStatement;
import org.storecrm.sales.Commissions;

/** Commission statements; {@code month} defaults to the running month (month to date). */
@Path("commission")
@Produces(MediaType.APPLICATION_JSON)
public class CommissionResource {
  @Inject Commissions commissions;
  @Inject Clock clock;

  /** Every seller of the store (MANAGER, ADMIN). */
  @Operation(
      operationId = "listCommissions",
      summary = "Every seller's commission of a month",
      description = "MANAGER, ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  public List<CommissionStatement> store(
      @QueryParam("month") YearMonth month, @QueryParam("storeId") Long storeId) {
    return commissions.store(month == null ? YearMonth.now(clock) : month, storeId);
  }

  /** The caller's own statement. */
  @Operation(
      operationId = "getMyCommission",
      summary = "The caller's commission statement",
      description = "Month to date by default.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("me")
  public CommissionStatement mine(@QueryParam("month") YearMonth month) {
    return commissions.mine(month == null ? YearMonth.now(clock) : month);
  }
}
