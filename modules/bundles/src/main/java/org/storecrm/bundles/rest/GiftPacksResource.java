package org.storecrm.bundles.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.bundles.GiftPackChanges;
import org.storecrm.bundles.GiftPackForm;
import org.storecrm.bundles.GiftPackView;
import org.storecrm.bundles.GiftPacks;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.Problems;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.Submission;

/**
 * Gift packs: read by store staff, defined, changed and retired by managers, sold after a main
 * sale.
 */
@Path("bundles/packs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GiftPacksResource {
  @Inject GiftPacks packs;
  @Context UriInfo uri;

  /**
   * Every active pack, or with {@code afterOrder} those to offer after that order, or with {@code
   * all=true} (managers, head office) retired ones too.
   */
  @Operation(
      operationId = "listGiftPacks",
      summary = "List gift packs",
      description = "afterOrder: the packs that suit a sale; all=true includes inactive ones.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  public List<GiftPackView> list(
      @QueryParam("afterOrder") Long afterOrder, @QueryParam("all") boolean all) {
    if (afterOrder != null) {
      return packs.offersAfter(afterOrder);
    }
    return all ? packs.all() : packs.packs();
  }

  @Operation(
      operationId = "getGiftPack",
      summary = "Read a gift pack",
      description =
          "Every role. Its components with list prices and the caller's store's stock, the list"
              + " total and whether every component is in stock; an unknown pack is 404.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("{id}")
  public GiftPackView get(@PathParam("id") long id) {
    return packs.get(id);
  }

  @Operation(
      operationId = "createGiftPack",
      summary = "Create a gift pack",
      description = "MANAGER, ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  public Response create(GiftPackForm form) {
    GiftPackView created = packs.create(form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  /** {@code {name, nameZh?, price, forCategory?, components, active, version}}; 409 when stale. */
  @Operation(
      operationId = "updateGiftPack",
      summary = "Edit a gift pack",
      description = "MANAGER, ADMIN; a stale version is 409.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @PUT
  @Path("{id}")
  public GiftPackView update(@PathParam("id") long id, GiftPackChanges changes) {
    return packs.update(id, changes);
  }

  /** Sells packs as an order of their own: 201 with the order (one line per component). */
  @Operation(
      operationId = "sellGiftPack",
      summary = "Sell a gift pack",
      description = "Needs an Idempotency-Key; the pack becomes an order of its own.")
  @APIResponse(
      responseCode = "201",
      description = "Sold; Location names the order",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @POST
  @Path("{id}/sales")
  public Response sell(
      @PathParam("id") long id,
      GiftPacks.Sale sale,
      @HeaderParam(Problems.IDEMPOTENCY_KEY) String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      return Problems.missingIdempotencyKey().toResponse();
    }
    Submission submission = packs.sell(id, sale, idempotencyKey);
    URI location = uri.getBaseUriBuilder().path("orders/{id}").build(submission.order().id());
    // A repeat of the same key answers the order it made, as a repeated sale does.
    return (submission.repeated()
            ? Response.ok().header("Location", location)
            : Response.created(location))
        .entity(submission.order())
        .build();
  }
}
