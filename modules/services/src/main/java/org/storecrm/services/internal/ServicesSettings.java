package org.storecrm.services.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.sales.Category;
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

  /** The deployment stops with a clear message when a setting is out of range. */
  void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    checkPlans();
    validateRequestSettings();
  }

  /** Refuses plan settings out of range. */
  void checkPlans() {
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

  @Inject
  @ConfigProperty(name = "storecrm.services.hours.opens")
  String serviceOpens;

  @Inject
  @ConfigProperty(name = "storecrm.services.hours.closes")
  String serviceCloses;

  @Inject
  @ConfigProperty(name = "storecrm.services.hours.days")
  String serviceDays;

  @Inject
  @ConfigProperty(name = "storecrm.services.sla.warn-minutes")
  int slaWarnMinutes;

  @Inject
  @ConfigProperty(name = "storecrm.services.sla.sweep-stale-minutes")
  int slaSweepStaleMinutes;

  @Inject
  @ConfigProperty(name = "storecrm.services.installation.categories")
  String installationCategories;

  /** The catalogue categories whose sale registers an installation request per unit. */
  public Set<Category> installationCategories() {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (String category : installationCategories.split(",")) {
      if (!category.isBlank()) {
        categories.add(Category.valueOf(category.trim().toUpperCase(java.util.Locale.ROOT)));
      }
    }
    return categories;
  }

  @Inject
  @ConfigProperty(name = "storecrm.services.fee.installation")
  BigDecimal installationFee;

  @Inject
  @ConfigProperty(name = "storecrm.services.fee.on-site")
  BigDecimal onSiteFee;

  @Inject
  @ConfigProperty(name = "storecrm.services.fee.carry-in")
  BigDecimal carryInFee;

  /** What a job of this kind costs the client when no contract covers the device (CNY). */
  public BigDecimal uncoveredFee(org.storecrm.services.RequestKind kind) {
    BigDecimal fee =
        switch (kind) {
          case INSTALLATION -> installationFee;
          case ON_SITE -> onSiteFee;
          case CARRY_IN -> carryInFee;
        };
    return fee.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  /** The promise's length in service hours for a region. */
  public Duration slaAllowance(org.storecrm.customers.RegionType region) {
    return Duration.ofHours(
        region == org.storecrm.customers.RegionType.CITY ? cityHours : countyHours);
  }

  public LocalTime serviceOpens() {
    return LocalTime.parse(serviceOpens.trim());
  }

  public LocalTime serviceCloses() {
    return LocalTime.parse(serviceCloses.trim());
  }

  public Set<DayOfWeek> serviceDays() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String day : serviceDays.split(",")) {
      if (!day.isBlank()) {
        days.add(DayOfWeek.valueOf(day.trim().toUpperCase(java.util.Locale.ROOT)));
      }
    }
    return days;
  }

  /** How long before the deadline the store's managers are warned. */
  public Duration slaWarning() {
    return Duration.ofMinutes(slaWarnMinutes);
  }

  /** After how many minutes without a run the administrator's job screen warns. */
  public int slaSweepStaleMinutes() {
    return slaSweepStaleMinutes;
  }

  /** Refuses settings the SLA cannot work with. */
  void validateRequestSettings() {
    if (cityHours < 1 || countyHours < 1) {
      throw new IllegalStateException(
          "storecrm.services.sla.city-hours/county-hours must be 1 or more");
    }
    try {
      if (!serviceCloses().isAfter(serviceOpens())) {
        throw new IllegalStateException(
            "storecrm.services.hours.closes must be after storecrm.services.hours.opens");
      }
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("storecrm.services.hours.opens/closes must be HH:mm", e);
    }
    try {
      if (serviceDays().isEmpty()) {
        throw new IllegalStateException("storecrm.services.hours.days names no day");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "storecrm.services.hours.days must list days such as MONDAY,TUESDAY", e);
    }
    try {
      installationCategories();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "storecrm.services.installation.categories must list catalogue categories such as DESKTOP",
          e);
    }
    for (org.storecrm.services.RequestKind kind : org.storecrm.services.RequestKind.values()) {
      BigDecimal fee = uncoveredFee(kind);
      if (fee.signum() < 0) {
        throw new IllegalStateException("storecrm.services.fee.* must be 0 or more");
      }
    }
    if (slaWarnMinutes < 0 || slaSweepStaleMinutes < 1) {
      throw new IllegalStateException(
          "storecrm.services.sla.warn-minutes must be 0 or more, sweep-stale-minutes 1 or more");
    }
  }
}
