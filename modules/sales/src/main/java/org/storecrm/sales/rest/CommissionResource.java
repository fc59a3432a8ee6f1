package org.storecrm.sales.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.storecrm.sales.CommissionStatement;
import org.storecrm.sales.Commissions;

/** Commission statements; {@code month} defaults to the running month (month to date). */
@Path("commission")
@Produces(MediaType.APPLICATION_JSON)
public class CommissionResource {
  @Inject Commissions commissions;
  @Inject Clock clock;

  /** Every seller of the store (MANAGER, ADMIN). */
  @GET
  public List<CommissionStatement> store(
      @QueryParam("month") YearMonth month, @QueryParam("storeId") Long storeId) {
    return commissions.store(month == null ? YearMonth.now(clock) : month, storeId);
  }

  /** The caller's own statement. */
  @GET
  @Path("me")
  public CommissionStatement mine(@QueryParam("month") YearMonth month) {
    return commissions.mine(month == null ? YearMonth.now(clock) : month);
  }
}
