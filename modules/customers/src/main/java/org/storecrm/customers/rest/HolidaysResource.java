package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.customers.Holiday;
import org.storecrm.customers.HolidayEntry;
import org.storecrm.customers.Holidays;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;

/** The holiday table the follow-up sweep greets base and VIP customers from (changes: ADMIN). */
@Path("holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolidaysResource {
  @Inject Holidays holidays;

  @Operation(
      operationId = "listHolidays",
      summary = "List the holidays greeted",
      description = "By date; year narrows it to one year. CONSULTANT, MANAGER, ADMIN.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @GET
  public Page<Holiday> list(@QueryParam("year") Integer year, @Valid @BeanParam PageParams page) {
    return holidays.list(year, page.inFixedOrder("date", true));
  }

  @Operation(
      operationId = "getHoliday",
      summary = "Read a holiday",
      description = "CONSULTANT, MANAGER, ADMIN; an unknown id is 404.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("{id}")
  public Holiday get(@PathParam("id") long id) {
    return holidays.get(id);
  }

  @Operation(
      operationId = "addHoliday",
      summary = "Add a holiday's date",
      description =
          "ADMIN. nameKey (SPRING_FESTIVAL, MID_AUTUMN, NATIONAL_DAY or a new key) and date; a"
              + " second date for the same holiday and year is 409.")
  @APIResponse(
      responseCode = "201",
      description = "Added; Location names the holiday",
      content = @Content(schema = @Schema(implementation = Holiday.class)))
  @RolesAllowed(Roles.ADMIN)
  @POST
  public Response add(HolidayEntry entry, @Context UriInfo uri) {
    Holiday added = holidays.add(entry);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
        .entity(added)
        .build();
  }

  @Operation(
      operationId = "changeHoliday",
      summary = "Change a holiday's date",
      description =
          "ADMIN. Quote the version read (422 without it, 409 when stale); a second date for the"
              + " same holiday and year is 409.")
  @RolesAllowed(Roles.ADMIN)
  @PUT
  @Path("{id}")
  public Holiday change(@PathParam("id") long id, HolidayEntry entry) {
    return holidays.change(id, entry);
  }

  @Operation(
      operationId = "removeHoliday",
      summary = "Remove a holiday's date",
      description = "ADMIN; greeting calls already opened stay. An unknown id is 404.")
  @RolesAllowed(Roles.ADMIN)
  @DELETE
  @Path("{id}")
  public void remove(@PathParam("id") long id) {
    holidays.remove(id);
  }
}
