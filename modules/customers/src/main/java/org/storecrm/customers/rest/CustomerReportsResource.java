package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.customers.ConsultantLoad;
import org.storecrm.customers.CustomerReports;
import org.storecrm.customers.CustomerValueRow;
import org.storecrm.customers.IntentGrade;
import org.storecrm.customers.IntentStatusFilter;
import org.storecrm.customers.IntentStatusRow;
import org.storecrm.customers.LostSaleAnalysis;
import org.storecrm.customers.LostSales;
import org.storecrm.customers.ReferralReport;
import org.storecrm.customers.SourceFunnel;
import org.storecrm.customers.ValueDecile;
import org.storecrm.customers.Vips;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;

/** What a store manager reads about customers (MANAGER or ADMIN). */
@Path("customer-reports")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerReportsResource {
  @Inject CustomerReports reports;
  @Inject LostSales lostSales;
  @Inject Vips vips;

  /**
   * The intent-customer contact status; sort by nextFollowUpDue (default), lastContactAt… With
   * {@code leads=true}: unassigned customers and leads waiting for their first contact instead.
   */
  @Operation(
      operationId = "getIntentStatusReport",
      summary = "Intent customers' contact status",
      description = "MANAGER, ADMIN. Filters grade, consultantId, overdue, leads.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("intent-status")
  public Page<IntentStatusRow> intentStatus(
      @QueryParam("grade") IntentGrade grade,
      @QueryParam("consultantId") Long consultantId,
      @QueryParam("overdue") @DefaultValue("false") boolean overdueOnly,
      @QueryParam("leads") @DefaultValue("false") boolean leads,
      @Valid @BeanParam PageParams page) {
    return reports.intentStatus(
        new IntentStatusFilter(grade, consultantId, overdueOnly, leads),
        page.sortedBy("nextFollowUpDue"));
  }

  @Operation(
      operationId = "getConsultantLoadReport",
      summary = "Follow-up load per consultant",
      description = "MANAGER, ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("consultant-load")
  public List<ConsultantLoad> consultantLoad() {
    return reports.consultantLoad();
  }

  /** Buyers by lifetime margin with their recency / frequency / monetary tiers (1–5). */
  @Operation(
      operationId = "getCustomerValueReport",
      summary = "Customer value (RFM)",
      description = "MANAGER, ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("value")
  public Page<CustomerValueRow> value(@Valid @BeanParam PageParams page) {
    return reports.customerValue(page.inFixedOrder("lifetimeMargin", false));
  }

  /** Buyers in tenths by margin with the cumulative share: the top fifth brings about 80 %. */
  @Operation(
      operationId = "getParetoReport",
      summary = "Customer value deciles",
      description = "MANAGER, ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("pareto")
  public List<ValueDecile> pareto() {
    return reports.pareto();
  }

  /** Customers registered from {@code from} to {@code to} (inclusive) per source. */
  @Operation(
      operationId = "getSourceFunnelReport",
      summary = "Customers per source and stage",
      description = "MANAGER, ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("funnel")
  public List<SourceFunnel> funnel(
      @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
    return reports.funnelBySource(from, to);
  }

  @Operation(
      operationId = "getLostSaleAnalysis",
      summary = "Lost sales by reason, competitor, category and consultant",
      description =
          "MANAGER, ADMIN. The lost sales recorded from 'from' to 'to' (dates of the store's"
              + " calendar, inclusive; over 92 days or ending before it starts is 422), grouped four"
              + " ways, largest first; the caller's store, or the chain for head office.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("lost-sales")
  public LostSaleAnalysis lostSales(
      @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
    return lostSales.analyse(from, to);
  }

  @Operation(
      operationId = "getReferralReport",
      summary = "Leads referred by VIPs, per VIP and kind",
      description =
          "MANAGER, ADMIN. Customers registered from 'from' to 'to' (dates of the store's calendar,"
              + " inclusive; over 92 days or ending before it starts is 422) whose referrer is a"
              + " VIP: in all, per VIP kind and per VIP (a page, most leads first). The caller's"
              + " store; head office names storeId or reads the chain. Another store: 404.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("referrals")
  public ReferralReport referrals(
      @QueryParam("from") @NotNull LocalDate from,
      @QueryParam("to") @NotNull LocalDate to,
      @QueryParam("storeId") Long storeId,
      @Valid @BeanParam PageParams page) {
    return vips.referrals(from, to, storeId, page.inFixedOrder("leads", false));
  }
}
