package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.customers.FollowUpView;
import org.storecrm.customers.SatisfactionReport;
import org.storecrm.customers.SatisfactionReports;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;

/**
 * The manager's satisfaction screen over REST (issue 15): {@code GET
 * /customer-reports/satisfaction?from&to&storeId} and its open recovery tasks, paged. A class of
 * its own beside {@link CustomerReportsResource} (the more specific path wins).
 */
@Path("customer-reports/satisfaction")
@Produces(MediaType.APPLICATION_JSON)
public class SatisfactionReportResource {
  @Inject SatisfactionReports reports;

  @Operation(
      operationId = "getSatisfactionReport",
      summary = "Satisfaction per consultant, technician and month",
      description =
          "MANAGER, ADMIN. The store's surveys answered from 'from' to 'to' (dates of the chain's"
              + " calendar, inclusive; over 366 days or ending before it starts is 422): the"
              + " average score and share of 5s overall, per consultant (post-sale surveys rate"
              + " the sale's consultant), per technician (service surveys rate the job's"
              + " technician) and per month, and the number of open recovery tasks. Store staff get"
              + " their own store; head office names storeId (422 without it); another store is"
              + " 404.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  public SatisfactionReport report(
      @QueryParam("storeId") Long storeId,
      @QueryParam("from") @NotNull LocalDate from,
      @QueryParam("to") @NotNull LocalDate to) {
    return reports.report(storeId, from, to);
  }

  @Operation(
      operationId = "listOpenRecoveryTasks",
      summary = "The store's open recovery tasks",
      description =
          "MANAGER, ADMIN. The open RECOVERY follow-ups of the store (a score below"
              + " storecrm.customers.recovery-below opened them), oldest due first; page, size.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("recovery-tasks")
  public Page<FollowUpView> recoveries(
      @QueryParam("storeId") Long storeId, @Valid @BeanParam PageParams page) {
    return reports.openRecoveries(storeId, page.inFixedOrder("dueAt", true));
  }
}
