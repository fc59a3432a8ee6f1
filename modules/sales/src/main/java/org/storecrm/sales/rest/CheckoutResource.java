package org.storecrm.sales.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.Roles;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.Suggestion;

@Path("checkout")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckoutResource {
  @Inject Checkout checkout;

  /** A basket: the same lines an order would have, and the customer when known. */
  public record Basket(Long customerId, @NotEmpty List<@NotNull @Valid OrderLineInput> lines) {}

  /** The attach checklist, service offers and step-ups for a basket, to answer in the order. */
  @Operation(
      operationId = "adviseCheckout",
      summary = "Suggestions for a basket",
      description = "The attach checklist, service offers and step-ups for the basket.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @POST
  @Path("advice")
  public List<Suggestion> advice(Basket basket) {
    return checkout.advice(
        basket == null ? null : basket.customerId(), basket == null ? null : basket.lines());
  }
}
