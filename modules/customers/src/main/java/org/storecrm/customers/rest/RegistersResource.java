package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.customers.AnonymousVisit;
import org.storecrm.customers.AnonymousVisits;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.CustomerReports;
import org.storecrm.customers.RegisterDay;
import org.storecrm.customers.RegisterEntries;
import org.storecrm.customers.RegisterEntry;
import org.storecrm.customers.RegisterEntryFilter;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;

/**
 * The visit and phone-in registers (来店/来电登记): daily counts and registration rate; known customers
 * are registered through their card's contacts, the rest here.
 */
@Path("registers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistersResource {
  @Inject CustomerReports reports;
  @Inject AnonymousVisits anonymous;
  @Inject RegisterEntries entries;

  /** Days of the store's calendar from {@code from} to {@code to}, inclusive (MANAGER, ADMIN). */
  @Operation(
      operationId = "listRegisterDays",
      summary = "Read the visit and phone-in registers by day",
      description =
          "MANAGER, ADMIN. Visits and phone-ins per day of the store's calendar, with and without"
              + " contact details, and the registration rate; from and to are dates (both required,"
              + " inclusive), and a period over 92 days or ending before it starts is 422.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  public List<RegisterDay> days(
      @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
    return reports.registers(from, to);
  }

  @Operation(
      operationId = "listRegisterEntries",
      summary = "List the visit and phone-in register entries",
      description =
          "MANAGER, ADMIN. Every entry of the days from 'from' to 'to' (the store's calendar,"
              + " inclusive; over 92 days or ending before it starts is 422): time, consultant,"
              + " purpose, outcome and whether details were left. Filters: kind (VISIT or"
              + " PHONE_IN; another kind is 422), recordedBy (a username), withDetails. Newest"
              + " first; sort=occurredAt without desc lists oldest first.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("entries")
  public Page<RegisterEntry> entries(
      @QueryParam("from") @NotNull LocalDate from,
      @QueryParam("to") @NotNull LocalDate to,
      @QueryParam("kind") ContactKind kind,
      @QueryParam("recordedBy") String recordedBy,
      @QueryParam("withDetails") Boolean withDetails,
      @Valid @BeanParam PageParams page) {
    return entries.list(
        new RegisterEntryFilter(from, to, kind, recordedBy, withDetails), page.sortedBy(null));
  }

  /** A walk-in or caller who left no details. */
  @Operation(
      operationId = "logAnonymousVisit",
      summary = "Log an anonymous walk-in or caller",
      description = "Someone who left no details; answers 201 without a body.")
  @APIResponse(responseCode = "201", description = "Logged")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER})
  @POST
  public Response logAnonymous(AnonymousVisit visit) {
    anonymous.log(visit);
    return Response.status(Response.Status.CREATED).build();
  }
}
