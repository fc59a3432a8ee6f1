package org.storecrm.sales.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;
import org.storecrm.sales.Category;
import org.storecrm.sales.Funnel;
import org.storecrm.sales.NewOpportunity;
import org.storecrm.sales.Opportunities;
import org.storecrm.sales.OpportunityFilter;
import org.storecrm.sales.OpportunitySummary;
import org.storecrm.sales.OpportunityView;
import org.storecrm.sales.Stage;
import org.storecrm.sales.StageMove;

/** Opportunities of the funnel and the funnel report. */
@Path("opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunitiesResource {
  @Inject Opportunities opportunities;
  @Context UriInfo uri;

  @Operation(
      operationId = "createOpportunity",
      summary = "Open an opportunity",
      description =
          "CONSULTANT, ACCOUNT_MANAGER, MANAGER, ADMIN. {customerId | accountId, category,"
              + " budget?, expectedClose?, consultantId?}: a customer's or a business account's"
              + " (exactly one, 422 at customerId otherwise); starts at stage LEAD. Account"
              + " managers open account opportunities only.")
  @RolesAllowed({Roles.CONSULTANT, Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
  @POST
  public Response open(NewOpportunity input) {
    OpportunityView created = opportunities.open(input);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  /** A customer's or a business account's opportunities. */
  @Operation(
      operationId = "listCustomerOpportunities",
      summary = "List a customer's or an account's opportunities",
      description =
          "CONSULTANT, ACCOUNT_MANAGER, MANAGER, ADMIN. customerId or accountId (one of them):"
              + " its opportunities, newest first (at most 200); another store's customer or"
              + " account is 404; neither is 422.")
  @RolesAllowed({Roles.CONSULTANT, Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
  @GET
  public List<OpportunityView> ofCustomer(
      @QueryParam("customerId") Long customerId, @QueryParam("accountId") Long accountId) {
    return opportunities.ofCustomerOrAccount(customerId, accountId);
  }

  /**
   * The list, paged: filters {@code stage}, {@code consultantId}, {@code category}, {@code
   * closeMonth} and {@code openedMonth} ({@code yyyy-MM}), {@code customerId}, {@code storeId}
   * (head office); sort openedAt (default), expectedClose, stageAt, budget. A consultant sees their
   * own.
   */
  @Operation(
      operationId = "listOpportunities",
      summary = "The opportunity pipeline",
      description =
          "CONSULTANT, ACCOUNT_MANAGER, MANAGER, ADMIN. Filters stage, consultantId, category,"
              + " closeMonth, openedMonth, customerId, accountId, storeId; sort openedAt"
              + " (default), expectedClose, stageAt, budget. Consultants and account managers see"
              + " their own.")
  @RolesAllowed({Roles.CONSULTANT, Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("pipeline")
  public Page<OpportunitySummary> find(
      @QueryParam("stage") Stage stage,
      @QueryParam("consultantId") Long consultantId,
      @QueryParam("category") Category category,
      @QueryParam("closeMonth") YearMonth closeMonth,
      @QueryParam("openedMonth") YearMonth openedMonth,
      @QueryParam("customerId") Long customerId,
      @QueryParam("accountId") Long accountId,
      @QueryParam("storeId") Long storeId,
      @Valid @BeanParam PageParams page) {
    return opportunities.find(
        new OpportunityFilter(
            stage, consultantId, category, closeMonth, openedMonth, customerId, accountId, storeId),
        page.sortedBy("openedAt"));
  }

  @Operation(
      operationId = "getOpportunity",
      summary = "Read an opportunity",
      description =
          "CONSULTANT, ACCOUNT_MANAGER, MANAGER, ADMIN. Its stage, the furthest stage reached,"
              + " budget, expected close and version; another store's opportunity is 404.")
  @RolesAllowed({Roles.CONSULTANT, Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("{id}")
  public OpportunityView get(@PathParam("id") long id) {
    return opportunities.get(id);
  }

  /** {@code {stage, lostReasonId?, competitor?, note?, orderId?, version?}}. */
  @Operation(
      operationId = "moveOpportunityStage",
      summary = "Move an opportunity to a stage",
      description =
          "CONSULTANT, ACCOUNT_MANAGER, MANAGER, ADMIN. Forward only (422); closed once delivered"
              + " or lost. Consultants and account managers move their own.")
  @RolesAllowed({Roles.CONSULTANT, Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/stage")
  public OpportunityView move(@PathParam("id") long id, StageMove move) {
    return opportunities.move(id, move);
  }

  /** The month's cohort: per stage how many reached it and the conversion from the one before. */
  @Operation(
      operationId = "getOpportunityFunnel",
      summary = "The month's funnel",
      description =
          "CONSULTANT, ACCOUNT_MANAGER, MANAGER, ADMIN. Opportunities opened in the month per"
              + " stage reached, with conversion; source ACCOUNT is the business accounts' funnel.")
  @RolesAllowed({Roles.CONSULTANT, Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("funnel")
  public Funnel funnel(
      @QueryParam("month") @NotNull YearMonth month,
      @QueryParam("storeId") Long storeId,
      @QueryParam("consultantId") Long consultantId,
      @QueryParam("source") String source) {
    return opportunities.funnel(month, storeId, consultantId, source);
  }
}
