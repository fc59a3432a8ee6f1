package org.storecrm.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.StoreForm;
import org.storecrm.platform.StoreView;
import org.storecrm.platform.rest.api.PageParams;

@Path("stores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoresResource {
  @Inject StoreDirectory stores;
  @Context UriInfo uri;

  @Operation(
      operationId = "listStores",
      summary = "List stores",
      description =
          "Filter q (code, name, region or city contains); sort code (default), name, region, city.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  public Page<StoreView> list(@QueryParam("q") String text, @Valid @BeanParam PageParams page) {
    return stores.find(text, page.sortedBy("code"));
  }

  @Operation(
      operationId = "getStore",
      summary = "Read a store",
      description =
          "Every role. Any store of the chain: code, name, region, city, address, phone, whether"
              + " it is active and its version; an unknown store is 404.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("{id}")
  public StoreView get(@PathParam("id") long id) {
    return stores.get(id);
  }

  @Operation(
      operationId = "createStore",
      summary = "Create a store",
      description = "ADMIN. A code already taken is 409.")
  @RolesAllowed({Roles.ADMIN})
  @POST
  public Response create(StoreForm form) {
    StoreView created = stores.create(form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(
      operationId = "updateStore",
      summary = "Edit a store",
      description = "ADMIN. Sends the version that was read; a stale one is 409.")
  @RolesAllowed({Roles.ADMIN})
  @PUT
  @Path("{id}")
  public StoreView update(@PathParam("id") long id, StoreForm form) {
    return stores.update(id, form);
  }
}
