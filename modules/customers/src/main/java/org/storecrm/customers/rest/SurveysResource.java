package org.storecrm.customers.rest;

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
import org.storecrm.customers.NewSurvey;
import org.storecrm.customers.SurveyView;
import org.storecrm.customers.Surveys;
import org.storecrm.platform.PageRequest;

/** A customer's satisfaction surveys; a low score answers with the recovery task it opened. */
@Path("customers/{id}/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveysResource {
  @Inject Surveys surveys;

  @POST
  public Response record(@PathParam("id") long customerId, NewSurvey survey) {
    SurveyView recorded = surveys.record(customerId, survey);
    return Response.status(Response.Status.CREATED).entity(recorded).build();
  }

  @GET
  public List<SurveyView> list(
      @PathParam("id") long customerId,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int limit) {
    return surveys.ofCustomer(customerId, limit);
  }
}
