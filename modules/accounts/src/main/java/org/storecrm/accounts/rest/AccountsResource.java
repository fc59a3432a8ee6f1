package org.storecrm.accounts.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.storecrm.accounts.AccountFilter;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.AccountSummary;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.Accounts;
import org.storecrm.accounts.NewAccount;
import org.storecrm.platform.Page;
import org.storecrm.platform.rest.PageParams;

/** Business-client accounts of the caller's store. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {
  @Inject Accounts accounts;
  @Context UriInfo uri;

  /** 201 with the account and its {@code Location}. */
  @POST
  public Response create(NewAccount input) {
    AccountView created = accounts.create(input);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  /**
   * Paged: {@code q} (part of the name), {@code status}, {@code accountManagerId}, {@code
   * creditHold}, {@code storeId} (head office); sort name (default), status, paymentTermDays.
   */
  @GET
  public Page<AccountSummary> find(
      @QueryParam("q") String q,
      @QueryParam("status") AccountStatus status,
      @QueryParam("accountManagerId") Long accountManagerId,
      @QueryParam("creditHold") Boolean creditHold,
      @QueryParam("storeId") Long storeId,
      @Valid @BeanParam PageParams page) {
    return accounts.find(
        new AccountFilter(q, status, accountManagerId, creditHold, storeId), page.sortedBy("name"));
  }

  /** The account with {@code creditHold} and {@code creditHoldReason}. */
  @GET
  @Path("{id}")
  public AccountView get(@PathParam("id") long id) {
    return accounts.get(id);
  }
}
