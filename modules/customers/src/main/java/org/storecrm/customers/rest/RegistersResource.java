package org.storecrm.customers.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.customers.AnonymousVisit;
import org.storecrm.customers.CustomerReports;
import org.storecrm.customers.RegisterDay;

/**
 * The visit and phone-in registers (来店/来电登记): daily counts and registration rate; known customers
 * are registered through their card's contacts, the rest here.
 */
@Path("registers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistersResource {
  @Inject CustomerReports reports;

  /** Days of the store's calendar from {@code from} to {@code to}, inclusive (MANAGER, ADMIN). */
  @GET
  public List<RegisterDay> days(
      @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
    return reports.registers(from, to);
  }

  /** A walk-in or caller who left no details. */
  @POST
  public Response logAnonymous(AnonymousVisit visit) {
    reports.logAnonymous(visit);
    return Response.status(Response.Status.CREATED).build();
  }
}
