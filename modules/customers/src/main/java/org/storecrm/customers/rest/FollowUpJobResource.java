package org.storecrm.customers.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.storecrm.customers.FollowUps;
import org.storecrm.customers.SweepReport;

/** Runs the follow-up sweep now (administrators); answers what it did. */
@Path("admin/jobs/followups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpJobResource {
  @Inject FollowUps followUps;

  @POST
  @Path("run")
  public SweepReport run() {
    return followUps.runSweep();
  }
}
