package org.storecrm.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The service-card penetration of one store, seller and period: the devices of an eligible category
 * (one that some active plan is sold with) sold and kept, and how many of them were sold with a
 * plan still in force. A technician who sells a plan during a job is its seller like a consultant
 * at the counter.
 *
 * @param period the period's place in the boundaries asked for (0 = the first)
 * @param eligibleDevices kept units of eligible categories sold in the period
 * @param devicesWithPlan devices covered by a plan sold in the period, neither returned
 */
public record PenetrationFigure(
    long storeId, long sellerId, int period, long eligibleDevices, long devicesWithPlan) {

  /** Devices with a plan per eligible device, in percent (one decimal); null without any. */
  public static BigDecimal rate(long devicesWithPlan, long eligibleDevices) {
    return eligibleDevices == 0
        ? null
        : BigDecimal.valueOf(devicesWithPlan * 100)
            .divide(BigDecimal.valueOf(eligibleDevices), 1, RoundingMode.HALF_UP);
  }
}
