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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.customers.AppointmentOutcome;
import org.storecrm.customers.AppointmentView;
import org.storecrm.customers.Appointments;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;

/** A store's booked visits; booking itself is {@code POST /customers/{id}/appointments}. */
@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentsResource {
  @Inject Appointments appointments;

  /** The caller's store's visits of {@code day} (yyyy-MM-dd, the store's calendar), by time. */
  @Operation(
      operationId = "listAppointments",
      summary = "List the store's visits of a day",
      description = "day is the store's calendar day (yyyy-MM-dd); by time.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  @GET
  public Page<AppointmentView> onDay(
      @QueryParam("day") @NotNull LocalDate day, @Valid @BeanParam PageParams page) {
    return appointments.onDay(day, page.inFixedOrder("startsAt", true));
  }

  /** ATTENDED, NO_SHOW or CANCELLED, quoting the version read; 409 when stale or settled. */
  @Operation(
      operationId = "settleAppointment",
      summary = "Settle an appointment",
      description = "ATTENDED, NO_SHOW or CANCELLED, once; 409 when stale or settled.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/outcome")
  public AppointmentView settle(@PathParam("id") long id, AppointmentOutcome outcome) {
    return appointments.settle(id, outcome);
  }
}
