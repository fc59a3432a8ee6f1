package org.storecrm.sales.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.rest.api.PageParams;
import org.storecrm.platform.rest.api.Problems;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderFilter;
import org.storecrm.sales.OrderSummary;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.ReturnRequest;
import org.storecrm.sales.Submission;

@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {
  static final String IDEMPOTENCY_KEY = Problems.IDEMPOTENCY_KEY;

  @Inject Checkout checkout;
  @Context UriInfo uri;

  /**
   * 201 with the order and its {@code Location}; a repeat with the same {@code Idempotency-Key}
   * answers 200 with the same order and sells nothing. 400 without the key, 409 when out of stock,
   * 422 when a rule refuses (discount limit, credit, the key used for another request).
   */
  @Operation(
      operationId = "submitOrder",
      summary = "Ring up a sale",
      description =
          "Needs an Idempotency-Key: the same key and request again answers 200 with the same order and sells nothing. 409 out of stock or over a traffic limit; 422 when a rule refuses.")
  @APIResponse(
      responseCode = "201",
      description = "Sold; Location names the order",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The same key and request again: the order sold the first time",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @POST
  public Response submit(NewOrder order, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      return Problems.missingIdempotencyKey().toResponse();
    }
    Submission submission = checkout.submit(order, idempotencyKey);
    URI location =
        uri.getAbsolutePathBuilder().path(String.valueOf(submission.order().id())).build();
    return (submission.repeated()
            ? Response.ok().header("Location", location)
            : Response.created(location))
        .entity(submission.order())
        .build();
  }

  /** The store's orders, newest first, sold in [from, to) (ISO instants). */
  @Operation(
      operationId = "listOrders",
      summary = "List the store's orders",
      description = "Newest first; from and to are instants (to exclusive).")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  public Page<OrderSummary> find(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("consultantId") Long consultantId,
      @Valid @BeanParam PageParams page) {
    return checkout.find(
        new OrderFilter(instant(from, "from"), instant(to, "to"), consultantId),
        page.inFixedOrder("soldAt", false));
  }

  /** An ISO-8601 instant (e.g. 2025-03-01T00:00:00Z); a malformed one is a 400 naming the field. */
  private static Instant instant(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw RuleViolationException.refused(
          "sales.badInstant",
          field,
          field + " must be an ISO-8601 instant such as 2025-03-01T00:00:00Z");
    }
  }

  @Operation(
      operationId = "getOrder",
      summary = "Read an order",
      description =
          "Every role. Its lines, checklist, total, what was refunded since and the margin of what"
              + " was kept; another store's order is 404.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("{id}")
  public OrderView get(@PathParam("id") long id) {
    return checkout.get(id);
  }

  /**
   * Takes goods back; answers the order with its new status. Idempotent like a sale: a repeat with
   * the same {@code Idempotency-Key} answers the order and refunds nothing.
   */
  @Operation(
      operationId = "returnOrderItems",
      summary = "Take goods back",
      description = "Needs an Idempotency-Key like a sale; answers the order with its new status.")
  @APIResponse(
      responseCode = "200",
      description = "The order with its new status",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/returns")
  public Response returnItems(
      @PathParam("id") long id,
      ReturnRequest request,
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      return Problems.missingIdempotencyKey().toResponse();
    }
    return Response.ok(checkout.returnItems(id, request, idempotencyKey)).build();
  }
}
