package org.storecrm.services.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;
import org.storecrm.services.ContractFilter;
import org.storecrm.services.ContractView;
import org.storecrm.services.ServiceContracts;

/** The caller's store's service contracts; another store's contract is a 404. */
@Path("service-contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceContractsResource {
  @Inject ServiceContracts contracts;

  /**
   * Newest first; with {@code serial} those covering that device today ({@code planCode}, {@code
   * start}, {@code end}, {@code active}); {@code customerId}, {@code accountId} a buyer's.
   */
  @Operation(
      operationId = "findServiceContracts",
      summary = "Find service contracts",
      description =
          "Every role; the caller's store's contracts, newest first (paged). serial: the"
              + " contracts covering that device today; customerId, accountId: a buyer's.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  public Page<ContractView> find(
      @QueryParam("serial") String serial,
      @QueryParam("customerId") Long customerId,
      @QueryParam("accountId") Long accountId,
      @Valid @BeanParam PageParams page) {
    return contracts.find(
        new ContractFilter(serial, customerId, accountId), page.inFixedOrder("start", false));
  }

  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @Operation(
      operationId = "getServiceContract",
      summary = "Read a service contract",
      description =
          "Every role. The plan, the device, its term and whether it covers the device today;"
              + " another store's contract is 404.")
  @GET
  @Path("{id}")
  public ContractView get(@PathParam("id") long id) {
    return contracts.get(id);
  }
}
