package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.customers.NewSurvey;
import org.storecrm.customers.SurveyView;
import org.storecrm.customers.Surveys;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Roles;

/** A customer's satisfaction surveys; a low score answers with the recovery task it opened. */
@Path("customers/{id}/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveysResource {
  @Inject Surveys surveys;

  @Operation(
      operationId = "recordSurvey",
      summary = "Record a satisfaction survey",
      description =
          "CONSULTANT, MANAGER, SERVICE, ADMIN. Score 1-5 and the occasion; answeredAt defaults"
              + " to now and may lie in the past. A score below the recovery threshold (default 4)"
              + " opens a recovery task for the store manager (recoveryTaskId). Another store's"
              + " customer is 404.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = SurveyView.class)))
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  @POST
  public Response record(@PathParam("id") long customerId, NewSurvey survey) {
    SurveyView recorded = surveys.record(customerId, survey);
    return Response.status(Response.Status.CREATED).entity(recorded).build();
  }

  @Operation(
      operationId = "listCustomerSurveys",
      summary = "List a customer's surveys",
      description =
          "CONSULTANT, MANAGER, SERVICE, ADMIN. Newest first, at most limit (50, up to 200);"
              + " another store's customer is 404.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  @GET
  public List<SurveyView> list(
      @PathParam("id") long customerId,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int limit) {
    return surveys.ofCustomer(customerId, limit);
  }
}
