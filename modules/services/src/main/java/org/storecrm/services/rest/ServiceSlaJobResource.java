package org.storecrm.services.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.Roles;
import org.storecrm.services.ServiceRequests;
import org.storecrm.services.SlaJobStatus;
import org.storecrm.services.SlaSweepReport;

/** Runs the SLA sweep now (administrators) and answers what it did; GET tells when it last ran. */
@Path("admin/jobs/service-sla")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceSlaJobResource {
  @Inject ServiceRequests requests;

  @Operation(
      operationId = "runServiceSlaJob",
      summary = "Run the SLA sweep now",
      description =
          "ADMIN. Warns of requests whose deadline is near, flags breaches, posts notices to the"
              + " stores' managers and sends the messages; answers what this run did (a repeated"
              + " run finds nothing left to do).")
  @RolesAllowed({Roles.ADMIN})
  @POST
  @Path("run")
  public SlaSweepReport run() {
    return requests.runSlaSweep();
  }

  @Operation(
      operationId = "getServiceSlaJobStatus",
      summary = "When the SLA sweep last ran",
      description =
          "ADMIN. The last run on any instance and what it did; stale when it is older than"
              + " staleAfterMinutes or the sweep never ran.")
  @RolesAllowed({Roles.ADMIN})
  @GET
  public SlaJobStatus status() {
    return requests.slaJobStatus();
  }
}
