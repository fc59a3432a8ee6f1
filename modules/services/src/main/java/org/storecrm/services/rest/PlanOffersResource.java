package org.storecrm.services.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;
import org.storecrm.services.PlanOfferFilter;
import org.storecrm.services.PlanOfferStatus;
import org.storecrm.services.PlanOfferView;
import org.storecrm.services.ServicePlanOffers;

/**
 * The service-plan offers left open after a sale, in the caller's store; another store's offer is a
 * 404.
 */
@Path("plan-offers")
@Produces(MediaType.APPLICATION_JSON)
public class PlanOffersResource {
  @Inject ServicePlanOffers offers;

  @Operation(
      operationId = "findPlanOffers",
      summary = "Find service-plan offers left open after a sale",
      description =
          "CONSULTANT, SERVICE, MANAGER, ADMIN. The caller's store's offers, newest sale first"
              + " (paged): a device sold without a plan whose plan was not declined at the counter,"
              + " with the plans that fit it and each one's price per day of cover from today."
              + " customerId, serial, orderId, status (OPEN, ACCEPTED, DECLINED, RETURNED) narrow"
              + " the list.")
  @RolesAllowed({Roles.CONSULTANT, Roles.SERVICE, Roles.MANAGER, Roles.ADMIN})
  @GET
  public Page<PlanOfferView> find(
      @QueryParam("customerId") Long customerId,
      @QueryParam("serial") String serial,
      @QueryParam("orderId") Long orderId,
      @QueryParam("status") PlanOfferStatus status,
      @Valid @BeanParam PageParams page) {
    return offers.find(
        new PlanOfferFilter(customerId, serial, orderId, status),
        page.inFixedOrder("soldAt", false));
  }

  @Operation(
      operationId = "getPlanOffer",
      summary = "Read a service-plan offer",
      description =
          "CONSULTANT, SERVICE, MANAGER, ADMIN. The device, where the offer stands and the plans"
              + " still offered; another store's offer is 404.")
  @RolesAllowed({Roles.CONSULTANT, Roles.SERVICE, Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("{id}")
  public PlanOfferView get(@PathParam("id") long id) {
    return offers.get(id);
  }

  @Operation(
      operationId = "declinePlanOffer",
      summary = "Record that the customer declined a service-plan offer",
      description =
          "CONSULTANT, SERVICE, MANAGER, ADMIN. Closes an open offer as DECLINED (who and when"
              + " are recorded); an offer no longer open (declined, accepted by a plan sale, or its"
              + " device returned) is 409; another store's offer is 404.")
  @RolesAllowed({Roles.CONSULTANT, Roles.SERVICE, Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/decline")
  public PlanOfferView decline(@PathParam("id") long id) {
    return offers.decline(id);
  }
}
