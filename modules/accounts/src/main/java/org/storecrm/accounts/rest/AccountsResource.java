package org.storecrm.accounts.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.accounts.AccountChanges;
import org.storecrm.accounts.AccountFilter;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.AccountSummary;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.Accounts;
import org.storecrm.accounts.InvoiceView;
import org.storecrm.accounts.NewAccount;
import org.storecrm.accounts.NewPayment;
import org.storecrm.accounts.NewVisit;
import org.storecrm.accounts.PaymentView;
import org.storecrm.accounts.Receivables;
import org.storecrm.accounts.ReceivablesView;
import org.storecrm.accounts.VisitView;
import org.storecrm.accounts.Visits;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;

/** Business-client accounts of the caller's store. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {
  @Inject Accounts accounts;
  @Inject Receivables receivables;
  @Inject Visits visits;
  @Context UriInfo uri;

  /** 201 with the account and its {@code Location}. */
  @Operation(
      operationId = "createAccount",
      summary = "Open a business account",
      description =
          "MANAGER, ACCOUNT_MANAGER, ADMIN. Answers 201 with the account; an account manager who"
              + " names none keeps it. An accountManagerId that is not an active account manager of"
              + " the store, or paymentTermDays over the limit (lower without an account manager:"
              + " store credit), is 422; storeId counts for head office only.")
  @RolesAllowed({Roles.MANAGER, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
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
  @Operation(
      operationId = "listAccounts",
      summary = "Find business accounts",
      description =
          "Every role; store staff see their own store's. Paged; filters q (part of the name),"
              + " status, accountManagerId, creditHold, storeId (head office); sort name (default),"
              + " status, paymentTermDays.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
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
  @Operation(
      operationId = "getAccount",
      summary = "Read a business account",
      description =
          "Every role. With its contacts, creditHold and creditHoldReason; another store's account"
              + " is 404.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("{id}")
  public AccountView get(@PathParam("id") long id) {
    return accounts.get(id);
  }

  /** Every field but the source and store, with the version read. */
  @Operation(
      operationId = "updateAccount",
      summary = "Change a business account",
      description =
          "ACCOUNT_MANAGER, MANAGER, ADMIN. {name, industry?, employees?, status, accountManagerId?,"
              + " paymentTermDays, creditLimit?, contacts?, version}: the account as changed."
              + " Terms over the limit (with or without an account manager) or an accountManagerId"
              + " that is not an active account manager of the store is 422; a stale version 409;"
              + " another store's account 404.")
  @RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
  @PUT
  @Path("{id}")
  public AccountView update(@PathParam("id") long id, AccountChanges changes) {
    return accounts.update(id, changes);
  }

  /** The statement: invoices, the aging of what is open, and the credit hold. */
  @Operation(
      operationId = "getAccountReceivables",
      summary = "Read an account's statement",
      description =
          "MANAGER, ACCOUNT_MANAGER, ADMIN. Open invoices (oldest due first), then the latest"
              + " closed ones, the aging of what is open and the credit hold; another store's"
              + " account is 404.")
  @RolesAllowed({Roles.MANAGER, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
  @GET
  @Path("{id}/receivables")
  public ReceivablesView receivables(@PathParam("id") long id) {
    return receivables.statement(id);
  }

  /** {@code {amount, paidOn?, invoiceId?}}: 201 with how it was spread and the hold after it. */
  @Operation(
      operationId = "recordAccountPayment",
      summary = "Record a payment by an account",
      description =
          "MANAGER, ACCOUNT_MANAGER, ADMIN. Against one invoice (invoiceId), or the oldest open"
              + " ones first; paidOn defaults to today. Paying every overdue invoice lifts the"
              + " credit hold. More than is open, or a closed invoice, is 422; another store's"
              + " account or an invoice not the account's is 404.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = PaymentView.class)))
  @RolesAllowed({Roles.MANAGER, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/payments")
  public Response pay(@PathParam("id") long id, NewPayment payment) {
    PaymentView paid = receivables.pay(id, payment);
    return Response.status(Response.Status.CREATED).entity(paid).build();
  }

  /** {@code {reason}} marks the invoice disputed (skipped by the sweep); no reason clears it. */
  @Operation(
      operationId = "disputeInvoice",
      summary = "Dispute an invoice or clear its dispute",
      description =
          "MANAGER, ACCOUNT_MANAGER, ADMIN. Body {reason}: the invoice is disputed and the sweep"
              + " skips it (the credit hold is lifted when no undisputed invoice is overdue); no"
              + " reason clears the dispute. Another store's account or an invoice not the"
              + " account's is 404.")
  @RolesAllowed({Roles.MANAGER, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/invoices/{invoiceId}/dispute")
  public InvoiceView dispute(
      @PathParam("id") long id, @PathParam("invoiceId") long invoiceId, Dispute dispute) {
    return receivables.dispute(id, invoiceId, dispute == null ? null : dispute.reason());
  }

  /**
   * {@code {kind: COLD|PROSPECT|CLIENT, plannedFor?, occurredAt?, needs?: {whoUses, forWhat,
   * canUse, values, budget}, nextStep?}}: 201 with the visit (planned, or done when {@code
   * occurredAt}).
   */
  @Operation(
      operationId = "logAccountVisit",
      summary = "Plan or log a visit to an account",
      description =
          "MANAGER, ACCOUNT_MANAGER, ADMIN. With occurredAt a visit done (it completes the"
              + " account's visit planned for that day or earlier), without it one planned for"
              + " plannedFor (default today). Another store's account is 404.")
  @APIResponse(
      responseCode = "201",
      description = "Planned or logged",
      content = @Content(schema = @Schema(implementation = VisitView.class)))
  @RolesAllowed({Roles.MANAGER, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/visits")
  public Response visit(@PathParam("id") long id, NewVisit visit) {
    return Response.status(Response.Status.CREATED).entity(visits.log(id, visit)).build();
  }

  /** A dispute's reason. */
  public record Dispute(String reason) {}
}
