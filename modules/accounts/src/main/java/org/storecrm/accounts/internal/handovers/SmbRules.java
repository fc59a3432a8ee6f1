package org.storecrm.accounts.internal.handovers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Optional;
import org.storecrm.accounts.ScanReason;
import org.storecrm.sales.BuyerFigure;

/**
 * Which buyers the weekly scan lists (docs/domain.md, "Business accounts"): a company customer who
 * bought in the recent window (when {@code companies} is on), or any customer with at least {@code
 * repeatOrders} multi-unit purchases of business categories over the look-back window. The figures
 * come from the sales module ({@link BuyerFigure}), the customer's type from the customers module.
 */
record SmbRules(boolean companies, int repeatOrders) {
  /** The reason to list this buyer, or empty when no rule holds. */
  Optional<ScanReason> reason(BuyerFigure figure, boolean companyCustomer, String week) {
    boolean company = companies && companyCustomer;
    boolean repeated = figure.multiUnitOrders() >= repeatOrders;
    if (!company && !repeated) {
      return Optional.empty();
    }
    return Optional.of(
        new ScanReason(
            week, company, figure.orders(), figure.multiUnitOrders(), figure.businessUnits()));
  }

  /** The ISO week of a moment in the chain's zone, e.g. 2026-W49: a scan's period. */
  static String week(Instant at, ZoneId zone) {
    var day = at.atZone(zone).toLocalDate();
    return "%d-W%02d"
        .formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
