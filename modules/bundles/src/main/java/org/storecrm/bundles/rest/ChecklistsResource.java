package org.storecrm.bundles.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.bundles.AttachChecklists;
import org.storecrm.bundles.ChecklistEntryForm;
import org.storecrm.bundles.ChecklistEntryView;
import org.storecrm.platform.Roles;
import org.storecrm.sales.Category;

/** The attach checklists: everyone reads them, managers and head office maintain them. */
@Path("bundles/checklists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChecklistsResource {
  @Inject AttachChecklists checklists;
  @Context UriInfo uri;

  @Operation(
      operationId = "listChecklistEntries",
      summary = "A category's attach checklist",
      description = "In order.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  public List<ChecklistEntryView> checklist(@QueryParam("category") Category category) {
    return checklists.checklist(category);
  }

  /** The printable sheet's lines for one main product, ranked as at the counter. */
  @Operation(
      operationId = "getChecklistSheet",
      summary = "The tick-box sheet of a main product",
      description =
          "Every role. The entries of the product's category checklist that fit its brand, each"
              + " with the product suggested, ranked as at the counter with the caller's store's"
              + " stock; empty for a product that is not a main product, 404 for an unknown one.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("sheet/{productId}")
  public List<AttachChecklists.SheetLine> sheet(@PathParam("productId") long productId) {
    return checklists.sheet(productId);
  }

  @Operation(
      operationId = "getChecklistEntry",
      summary = "Read a checklist entry",
      description =
          "Every role. Its family, talking point, brand, alternative products and version; an"
              + " unknown entry is 404.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("{id}")
  public ChecklistEntryView get(@PathParam("id") long id) {
    return checklists.get(id);
  }

  @Operation(
      operationId = "createChecklistEntry",
      summary = "Add a checklist entry",
      description = "MANAGER, ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  public Response create(ChecklistEntryForm form) {
    ChecklistEntryView created = checklists.create(form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(
      operationId = "updateChecklistEntry",
      summary = "Edit a checklist entry",
      description = "MANAGER, ADMIN; a stale version is 409.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @PUT
  @Path("{id}")
  public ChecklistEntryView update(@PathParam("id") long id, ChecklistEntryForm form) {
    return checklists.update(id, form);
  }

  @Operation(
      operationId = "deleteChecklistEntry",
      summary = "Remove a checklist entry",
      description = "MANAGER, ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    checklists.delete(id);
  }
}
