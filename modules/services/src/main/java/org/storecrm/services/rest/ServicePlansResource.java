package org.storecrm.services.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.Roles;
import org.storecrm.services.ServicePlanChanges;
import org.storecrm.services.ServicePlanForm;
import org.storecrm.services.ServicePlanView;
import org.storecrm.services.ServicePlans;

/** The service-plan catalogue: read by store staff, kept by managers and head office. */
@Path("service-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServicePlansResource {
  @Inject ServicePlans plans;
  @Context UriInfo uri;

  /** Plans on sale, or with {@code all=true} (managers, head office) retired ones too. */
  @Operation(
      operationId = "listServicePlans",
      summary = "List service plans",
      description =
          "Every role. The chain's plans on sale, by code; all=true includes retired ones"
              + " (MANAGER, ADMIN only).")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  public List<ServicePlanView> list(@QueryParam("all") boolean all) {
    return all ? plans.all() : plans.plans();
  }

  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @Operation(
      operationId = "getServicePlan",
      summary = "Read a service plan",
      description =
          "Every role. With its catalogue product's price and cost; an unknown plan is 404.")
  @GET
  @Path("{id}")
  public ServicePlanView get(@PathParam("id") long id) {
    return plans.get(id);
  }

  /**
   * {@code {code, name, nameZh?, coverage, onSite, termMonths? (none: lifetime), deviceLimit,
   * eligibleCategories, price, cost, productId?}}: 201 with the plan and its {@code productId}.
   */
  @Operation(
      operationId = "createServicePlan",
      summary = "Define a service plan",
      description =
          "MANAGER, ADMIN. Answers 201 with the plan; without productId its SERVICE catalogue"
              + " product (SV-<code>) is created with it. A code taken or a product another plan is"
              + " sold through is 409; a product that is not a SERVICE one, or an eligible category"
              + " that is not a device category, is 422.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  public Response create(ServicePlanForm form) {
    ServicePlanView created = plans.create(form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  /** The same fields without code and product, plus {@code active} and {@code version}. */
  @Operation(
      operationId = "updateServicePlan",
      summary = "Edit or retire a service plan",
      description =
          "MANAGER, ADMIN. Changes the plan and its product's name, price and cost; active=false"
              + " retires it (no longer offered nor sold; its contracts stay). Sends the version"
              + " that was read; a stale one is 409, a non-device eligible category 422.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @PUT
  @Path("{id}")
  public ServicePlanView update(@PathParam("id") long id, ServicePlanChanges changes) {
    return plans.update(id, changes);
  }
}
