package org.storecrm.services.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.InvalidSettingException;

/** A bad setting stops the start-up naming its key and value; the shipped defaults pass. */
class ServicesSettingsTest {
  /** The values of config/microprofile-config.properties. */
  static ServicesSettings defaults() {
    ServicesSettings settings = new ServicesSettings();
    settings.lifetimeRefundMonths = 60;
    settings.repairShareSoftware = new BigDecimal("5");
    settings.repairShareHardware = new BigDecimal("30");
    settings.repairShareScreen = new BigDecimal("25");
    settings.repairShareFull = new BigDecimal("35");
    settings.cityHours = 2;
    settings.countyHours = 6;
    settings.serviceOpens = "08:30";
    settings.serviceCloses = "20:30";
    settings.serviceDays = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY";
    settings.slaWarnMinutes = 30;
    settings.slaSweepStaleMinutes = 5;
    settings.installationCategories = "DESKTOP";
    settings.installationFee = new BigDecimal("100");
    settings.onSiteFee = new BigDecimal("150");
    settings.carryInFee = new BigDecimal("80");
    return settings;
  }

  private static void validate(ServicesSettings settings) {
    settings.checkPlans();
    settings.validateRequestSettings();
  }

  @Test
  void theDefaultsAreValid() {
    ServicesSettings settings = defaults();
    assertThatCode(() -> validate(settings)).doesNotThrowAnyException();
    assertThat(settings.serviceOpens()).isEqualTo(LocalTime.of(8, 30));
    assertThat(settings.serviceDays()).hasSize(7);
  }

  @Test
  void serviceHoursThatOpenAtOrAfterClosingAreRefused() {
    ServicesSettings settings = defaults();
    settings.serviceCloses = "08:30";
    assertThatThrownBy(() -> validate(settings))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("storecrm.services.hours.closes=08:30")
        .hasMessageContaining("08:30");
  }

  @Test
  void aTimeOrDayThatDoesNotParseIsRefused() {
    ServicesSettings settings = defaults();
    settings.serviceOpens = "8.30";
    assertThatThrownBy(() -> validate(settings))
        .hasMessageContaining("storecrm.services.hours.opens=8.30");
    ServicesSettings days = defaults();
    days.serviceDays = "MONDAY,FUNDAY";
    assertThatThrownBy(() -> validate(days))
        .hasMessageContaining("storecrm.services.hours.days=MONDAY,FUNDAY");
    ServicesSettings categories = defaults();
    categories.installationCategories = "DESKTOPS";
    assertThatThrownBy(() -> validate(categories))
        .hasMessageContaining("storecrm.services.installation.categories=DESKTOPS");
  }

  @Test
  void aNegativeSlaOrFeeIsRefused() {
    ServicesSettings settings = defaults();
    settings.countyHours = -6;
    assertThatThrownBy(() -> validate(settings))
        .hasMessageContaining("storecrm.services.sla.county-hours=-6");
    ServicesSettings fee = defaults();
    fee.onSiteFee = new BigDecimal("-1");
    assertThatThrownBy(() -> validate(fee))
        .hasMessageContaining("storecrm.services.fee.on-site=-1.00");
    ServicesSettings share = defaults();
    share.repairShareScreen = new BigDecimal("120");
    assertThatThrownBy(() -> validate(share))
        .hasMessageContaining("storecrm.services.offer.repair-share.screen=120");
  }
}
