package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.customers.SatisfactionMeasures;
import org.storecrm.customers.Surveys;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;

/**
 * A store's satisfaction measures ({@code GET /satisfaction?from=2026-11-01&to=2026-11-30}, both
 * days included; head office adds {@code storeId}): average score and share of 5s.
 */
@Path("satisfaction")
@Produces(MediaType.APPLICATION_JSON)
public class SatisfactionResource {
  @Inject Surveys surveys;

  @Operation(
      operationId = "getSatisfaction",
      summary = "Satisfaction measures",
      description = "MANAGER, ADMIN. from and to are dates, both included.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  public SatisfactionMeasures measures(
      @QueryParam("storeId") Long storeId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return surveys.measures(storeId, date("from", from), date("to", to));
  }

  private static LocalDate date(String field, String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw RuleViolationException.refused(
          "error.date.format", field, "A date is written as 2026-11-23");
    }
  }
}
