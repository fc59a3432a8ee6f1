package org.storecrm.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.storecrm.accounts.Receivables;
import org.storecrm.accounts.ReceivablesSweepReport;
import org.storecrm.platform.Roles;

/** Runs the receivables sweep now (administrators); answers what it did. */
@Path("admin/jobs/receivables")
@Produces(MediaType.APPLICATION_JSON)
public class ReceivablesJobResource {
  @Inject Receivables receivables;

  @RolesAllowed({Roles.ADMIN})
  @POST
  @Path("run")
  public ReceivablesSweepReport run() {
    return receivables.runSweep();
  }
}
