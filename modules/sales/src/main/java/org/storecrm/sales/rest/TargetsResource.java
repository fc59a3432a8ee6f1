package org.storecrm.sales.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.Roles;
import org.storecrm.sales.TargetSheet;
import org.storecrm.sales.TargetView;
import org.storecrm.sales.Targets;

/** Monthly targets: {@code /targets/2026-11}; the store's row has no consultantId. */
@Path("targets/{month}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetsResource {
  @Inject Targets targets;

  @Operation(
      operationId = "getTargets",
      summary = "Read a month's targets",
      description = "The store's row and one per consultant.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  public List<TargetView> month(
      @PathParam("month") @NotNull YearMonth month, @QueryParam("storeId") Long storeId) {
    return targets.month(month, storeId);
  }

  /** Sets the named rows of the month (MANAGER, ADMIN); answers the whole month. */
  @Operation(
      operationId = "setTargets",
      summary = "Set a month's targets",
      description = "MANAGER, ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @PUT
  public List<TargetView> set(@PathParam("month") @NotNull YearMonth month, TargetSheet sheet) {
    return targets.set(month, sheet);
  }

  /** Removes the store's row. */
  @Operation(
      operationId = "deleteStoreTarget",
      summary = "Remove the store's target row",
      description = "MANAGER, ADMIN; 404 when there is none.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @DELETE
  @Path("store")
  public void removeStore(
      @PathParam("month") @NotNull YearMonth month, @QueryParam("storeId") Long storeId) {
    targets.remove(month, storeId, null);
  }

  @Operation(
      operationId = "deleteConsultantTarget",
      summary = "Remove a consultant's target row",
      description = "MANAGER, ADMIN; 404 when there is none.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @DELETE
  @Path("{consultantId}")
  public void remove(
      @PathParam("month") @NotNull YearMonth month,
      @PathParam("consultantId") long consultantId,
      @QueryParam("storeId") Long storeId) {
    targets.remove(month, storeId, consultantId);
  }
}
