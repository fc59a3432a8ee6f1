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
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.platform.InvalidSettingException;
import org.storecrm.sales.Category;
import org.storecrm.services.CoverageKind;
import org.storecrm.services.RequestKind;

/**
 * The services module's numbers, from MicroProfile Config; every default is written once, in
 * config/microprofile-config.properties, which documents it. Checked at start-up: a bad value stops
 * the deployment, naming the key and the value, rather than the first request or SLA sweep.
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
    InvalidSettingException.require(
        lifetimeRefundMonths >= 1 && lifetimeRefundMonths <= 1200,
        "storecrm.services.contracts.lifetime-refund-months",
        lifetimeRefundMonths,
        "from 1 to 1200");
    for (CoverageKind kind : CoverageKind.values()) {
      BigDecimal share = repairShare(kind);
      InvalidSettingException.require(
          share.signum() >= 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0,
          "storecrm.services.offer.repair-share." + kind.name().toLowerCase(Locale.ROOT),
          share,
          "a percentage from 0 to 100");
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
        try {
          categories.add(Category.valueOf(category.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new InvalidSettingException(
              "storecrm.services.installation.categories",
              installationCategories,
              "catalogue categories such as DESKTOP",
              e);
        }
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
  public BigDecimal uncoveredFee(RequestKind kind) {
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
    return time("storecrm.services.hours.opens", serviceOpens);
  }

  public LocalTime serviceCloses() {
    return time("storecrm.services.hours.closes", serviceCloses);
  }

  private static LocalTime time(String key, String value) {
    try {
      return LocalTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidSettingException(key, value, "a local time HH:mm", e);
    }
  }

  public Set<DayOfWeek> serviceDays() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String day : serviceDays.split(",")) {
      if (!day.isBlank()) {
        try {
          days.add(DayOfWeek.valueOf(day.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new InvalidSettingException(
              "storecrm.services.hours.days", serviceDays, "days such as MONDAY,TUESDAY", e);
        }
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
    InvalidSettingException.require(
        cityHours >= 1, "storecrm.services.sla.city-hours", cityHours, "an hour or more");
    InvalidSettingException.require(
        countyHours >= 1, "storecrm.services.sla.county-hours", countyHours, "an hour or more");
    LocalTime opens = serviceOpens();
    InvalidSettingException.require(
        serviceCloses().isAfter(opens),
        "storecrm.services.hours.closes",
        serviceCloses,
        "after storecrm.services.hours.opens (" + serviceOpens + ")");
    InvalidSettingException.require(
        !serviceDays().isEmpty(), "storecrm.services.hours.days", serviceDays, "names no day");
    installationCategories();
    for (RequestKind kind : RequestKind.values()) {
      BigDecimal fee = uncoveredFee(kind);
      InvalidSettingException.require(
          fee.signum() >= 0,
          "storecrm.services.fee." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          fee,
          "0 or more");
    }
    InvalidSettingException.require(
        slaWarnMinutes >= 0, "storecrm.services.sla.warn-minutes", slaWarnMinutes, "0 or more");
    InvalidSettingException.require(
        slaSweepStaleMinutes >= 1,
        "storecrm.services.sla.sweep-stale-minutes",
        slaSweepStaleMinutes,
        "a minute or more");
  }
}
