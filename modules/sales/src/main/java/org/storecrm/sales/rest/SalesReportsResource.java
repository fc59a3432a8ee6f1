package org.storecrm.sales.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.Roles;
import org.storecrm.sales.CustomerRetention;
import org.storecrm.sales.DailyActivityRow;
import org.storecrm.sales.PerformanceRow;
import org.storecrm.sales.RetentionMonth;
import org.storecrm.sales.SalesReports;
import org.storecrm.sales.TargetActualRow;

/** The manager's sales reports (MANAGER, ADMIN; head office names the storeId). */
@Path("sales-reports")
@Produces(MediaType.APPLICATION_JSON)
public class SalesReportsResource {
  @Inject SalesReports reports;
  @Inject CustomerRetention retention;

  @Operation(
      operationId = "getTargetVsActualReport",
      summary = "Target against actual",
      description = "MANAGER, ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("target-vs-actual")
  public List<TargetActualRow> targetVsActual(
      @QueryParam("month") @NotNull YearMonth month, @QueryParam("storeId") Long storeId) {
    return reports.targetVsActual(month, storeId);
  }

  @Operation(
      operationId = "getRetentionReport",
      summary = "Customer retention and repeat purchases per month",
      description =
          "MANAGER, ADMIN. For each month of the year up to now: last year's buyers, how many of"
              + " them bought again this year by the month's end (老顾客巩固率), the month's buyers"
              + " and how many of them had bought in the 365 days before (复购率); returned orders"
              + " are not purchases. Head office names storeId; another store is 404.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("retention")
  public List<RetentionMonth> retention(
      @QueryParam("year") @NotNull Integer year, @QueryParam("storeId") Long storeId) {
    return retention.byMonth(year, storeId);
  }

  @Operation(
      operationId = "getDailyActivityReport",
      summary = "Daily sales activity per consultant",
      description = "MANAGER, ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("daily-activity")
  public List<DailyActivityRow> dailyActivity(
      @QueryParam("day") @NotNull LocalDate day, @QueryParam("storeId") Long storeId) {
    return reports.dailyActivity(day, storeId);
  }

  @Operation(
      operationId = "getPerformanceReport",
      summary = "Consultants' performance of a month",
      description =
          "Each seller's month: customers held, activity, orders, service cards, revenue, margin,"
              + " attach rate and service-card penetration. MANAGER (own store; another store is"
              + " not found), ADMIN.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("performance")
  public List<PerformanceRow> performance(
      @QueryParam("month") @NotNull YearMonth month, @QueryParam("storeId") Long storeId) {
    return reports.performance(month, storeId);
  }
}
