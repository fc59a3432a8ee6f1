package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.customers.MembershipStatus;
import org.storecrm.customers.Memberships;
import org.storecrm.platform.Roles;

/** A customer's membership tier: spend and purchases in the window, and the next tier's gap. */
@Path("customers/{id}/membership")
@Produces(MediaType.APPLICATION_JSON)
public class MembershipResource {
  @Inject Memberships memberships;

  @Operation(
      operationId = "getCustomerMembership",
      summary = "Read a customer's membership tier",
      description =
          "The tier, the spend and purchases in the rolling window, the tier's contact days, and"
              + " what the next tier still needs. Another store's customer is 404.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  public MembershipStatus membership(@PathParam("id") long id) {
    return memberships.status(id);
  }
}
