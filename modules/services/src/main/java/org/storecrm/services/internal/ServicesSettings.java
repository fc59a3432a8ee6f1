package org.storecrm.services.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.services.CoverageKind;

/**
 * The services module's numbers, from MicroProfile Config; every default is written once, in
 * config/microprofile-config.properties, which documents it.
 */
@ApplicationScoped
public class ServicesSettings {
  // --- Plans and contracts ---------------------------------------------------------------------
  @Inject
  @ConfigProperty(name = "storecrm.services.contracts.lifetime-refund-months")
  int lifetimeRefundMonths;

  @Inject
  @ConfigProperty(name = "storecrm.services.offer.repair-share.software")
  BigDecimal repairShareSoftware;

  @Inject
  @ConfigProperty(name = "storecrm.services.offer.repair-share.hardware")
  BigDecimal repairShareHardware;

  @Inject
  @ConfigProperty(name = "storecrm.services.offer.repair-share.screen")
  BigDecimal repairShareScreen;

  @Inject
  @ConfigProperty(name = "storecrm.services.offer.repair-share.full")
  BigDecimal repairShareFull;

  /** A lifetime plan returned is refunded pro rata as if its term were this many months. */
  public int lifetimeRefundMonths() {
    return lifetimeRefundMonths;
  }

  /**
   * What a repair of this kind costs without a plan, in percent of the device's price (the offer's
   * reason to buy).
   */
  public BigDecimal repairShare(CoverageKind kind) {
    return switch (kind) {
      case SOFTWARE -> repairShareSoftware;
      case HARDWARE -> repairShareHardware;
      case SCREEN -> repairShareScreen;
      case FULL -> repairShareFull;
    };
  }

  /** Refuses to start with plan settings out of range (called at start-up). */
  public void checkPlans() {
    if (lifetimeRefundMonths < 1 || lifetimeRefundMonths > 1200) {
      throw new IllegalStateException(
          "storecrm.services.contracts.lifetime-refund-months must be 1..1200");
    }
    for (CoverageKind kind : CoverageKind.values()) {
      BigDecimal share = repairShare(kind);
      if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalStateException(
            "storecrm.services.offer.repair-share."
                + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " must be a percentage 0..100");
      }
    }
  }

  // --- Service requests and their SLA ----------------------------------------------------------
  @Inject
  @ConfigProperty(name = "storecrm.services.sla.city-hours")
  int cityHours;

  @Inject
  @ConfigProperty(name = "storecrm.services.sla.county-hours")
  int countyHours;
}
