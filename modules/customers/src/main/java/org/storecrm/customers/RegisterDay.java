package org.storecrm.customers;

import java.time.LocalDate;

/**
 * A day of the visit and phone-in registers (来店/来电登记).
 *
 * @param visitsWithDetails visits whose customer left contact details (a card exists)
 */
public record RegisterDay(
    LocalDate day, long visits, long visitsWithDetails, long phoneIns, long phoneInsWithDetails) {

  /** Share of visits and calls that left contact details, in percent (0 when there were none). */
  public int registrationRate() {
    long all = visits + phoneIns;
    return all == 0 ? 0 : (int) Math.round(100.0 * (visitsWithDetails + phoneInsWithDetails) / all);
  }
}
