package org.storecrm.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.accounts.Receivables;
import org.storecrm.accounts.ReceivablesSweepReport;
import org.storecrm.platform.Roles;

/** Runs the receivables sweep now (administrators); answers what it did. */
@Path("admin/jobs/receivables")
@Produces(MediaType.APPLICATION_JSON)
public class ReceivablesJobResource {
  @Inject Receivables receivables;

  @Operation(
      operationId = "runReceivablesJob",
      summary = "Run the receivables sweep now",
      description =
          "ADMIN. Sends reminders, marks invoices overdue, puts accounts on credit hold, escalates"
              + " to store managers and hands long-overdue accounts to the key-account department;"
              + " answers what this run did (each step counted once over every run).")
  @RolesAllowed({Roles.ADMIN})
  @POST
  @Path("run")
  public ReceivablesSweepReport run() {
    return receivables.runSweep();
  }
}
