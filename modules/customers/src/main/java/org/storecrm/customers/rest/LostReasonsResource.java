package org.storecrm.customers.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.storecrm.customers.Classifications;
import org.storecrm.customers.LostReason;
import org.storecrm.customers.NewLostReason;

/** The maintained list of lost-sale reasons (changes: MANAGER or ADMIN). */
@Path("lost-reasons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LostReasonsResource {
  @Inject Classifications classifications;

  @GET
  public List<LostReason> list(@QueryParam("all") @DefaultValue("false") boolean includeInactive) {
    return classifications.lostReasons(includeInactive);
  }

  @POST
  public Response add(NewLostReason reason) {
    return Response.status(Response.Status.CREATED)
        .entity(classifications.addLostReason(reason))
        .build();
  }

  /** Body {@code true} or {@code false}; a retired reason stays on the records that used it. */
  @PUT
  @Path("{id}/active")
  public LostReason setActive(@PathParam("id") long id, boolean active) {
    return classifications.setLostReasonActive(id, active);
  }
}
