package org.storecrm.bundles.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.bundles.AttachKpis;
import org.storecrm.bundles.AttachReport;
import org.storecrm.platform.Roles;

/** The attach KPIs (MANAGER, ADMIN); months default to the current one. */
@Path("bundles/attach-kpis")
@Produces(MediaType.APPLICATION_JSON)
public class AttachKpisResource {
  @Inject AttachKpis kpis;
  @Inject Clock clock;

  @Operation(
      operationId = "getAttachKpis",
      summary = "Attach KPIs",
      description =
          "Attach rate, accessory revenue and service-card penetration (devices sold with a"
              + " service plan of the eligible devices sold) per store, consultant, technician and"
              + " month. MANAGER (own store; another store is not found), ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  public AttachReport report(
      @QueryParam("from") YearMonth from,
      @QueryParam("to") YearMonth to,
      @QueryParam("storeId") Long storeId) {
    YearMonth now = YearMonth.now(clock);
    YearMonth last = to == null ? now : to;
    return kpis.report(from == null ? last : from, last, storeId);
  }
}
