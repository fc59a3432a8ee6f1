package org.storecrm.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.accounts.AgingReport;
import org.storecrm.accounts.Receivables;
import org.storecrm.platform.Roles;

/** The receivables aging across accounts. */
@Path("receivables")
@Produces(MediaType.APPLICATION_JSON)
public class ReceivablesResource {
  @Inject Receivables receivables;

  /**
   * Aging as of today: the total and per store, account manager and account ({@code storeId} for
   * head office; others see their own store).
   */
  @Operation(
      operationId = "getReceivablesAging",
      summary = "Read the receivables aging",
      description =
          "MANAGER, ACCOUNT_MANAGER, ADMIN. Open amounts by age as of today: the total and per"
              + " store, account manager and account (most open first). storeId picks a store for"
              + " head office (store staff naming another store get 404), accountManagerId one"
              + " manager's accounts.")
  @RolesAllowed({Roles.MANAGER, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
  @GET
  @Path("aging")
  public AgingReport aging(
      @QueryParam("storeId") Long storeId, @QueryParam("accountManagerId") Long accountManagerId) {
    return receivables.aging(storeId, accountManagerId);
  }
}
