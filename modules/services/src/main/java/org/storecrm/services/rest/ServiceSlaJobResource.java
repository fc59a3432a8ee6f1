package org.storecrm.services.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.storecrm.platform.Roles;
import org.storecrm.services.ServiceRequests;
import org.storecrm.services.SlaJobStatus;
import org.storecrm.services.SlaSweepReport;

/** Runs the SLA sweep now (administrators) and answers what it did; GET tells when it last ran. */
@Path("admin/jobs/service-sla")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceSlaJobResource {
  @Inject ServiceRequests requests;

  @RolesAllowed({Roles.ADMIN})
  @POST
  @Path("run")
  public SlaSweepReport run() {
    return requests.runSlaSweep();
  }

  @RolesAllowed({Roles.ADMIN})
  @GET
  public SlaJobStatus status() {
    return requests.slaJobStatus();
  }
}
