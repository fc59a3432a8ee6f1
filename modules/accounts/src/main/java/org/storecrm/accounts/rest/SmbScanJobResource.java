package org.storecrm.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.accounts.Handovers;
import org.storecrm.accounts.SmbScanReport;
import org.storecrm.platform.Roles;

/** Runs the weekly SMB scan of store sales now (administrators); answers what it listed. */
@Path("admin/jobs/smb-scan")
@Produces(MediaType.APPLICATION_JSON)
public class SmbScanJobResource {
  @Inject Handovers handovers;

  @Operation(
      operationId = "runSmbScanJob",
      summary = "Run the weekly SMB scan now",
      description =
          "ADMIN. Scans the store sales of the recent window (storecrm.accounts.smb-scan.*) for"
              + " business buyers: company customers, and customers with repeated multi-unit"
              + " purchases of business categories. Each new find becomes a handover in the queue of"
              + " the least busy account manager of its store, with the reason; a buyer ever in a"
              + " queue is not listed again. Answers the counts and the new finds with reasons.")
  @RolesAllowed({Roles.ADMIN})
  @POST
  @Path("run")
  public SmbScanReport run() {
    return handovers.runSmbScan();
  }
}
