package org.storecrm.services;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A service contract: one plan covering one device.
 *
 * @param end the last day covered; null for a lifetime plan
 * @param active whether it covers the device today (in force and within its term)
 * @param closedOn the day a return cancelled or ended it; null while in force
 * @param price what the sale charged for this device's cover
 * @param refund what the return of the plan refunded; null unless cancelled
 */
public record ContractView(
    long id,
    long planId,
    String planCode,
    String planName,
    String planNameZh,
    CoverageKind coverage,
    boolean onSite,
    String serial,
    Long customerId,
    Long accountId,
    long storeId,
    long orderId,
    long orderLineId,
    LocalDate start,
    LocalDate end,
    boolean active,
    ContractStatus status,
    LocalDate closedOn,
    BigDecimal price,
    BigDecimal refund) {

  public String planNameIn(boolean chinese) {
    return chinese && planNameZh != null && !planNameZh.isBlank() ? planNameZh : planName;
  }
}
