package org.storecrm.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.InvalidSettingException;
import org.storecrm.platform.Role;

/** A bad setting stops the start-up naming its key and value; the shipped defaults pass. */
class SalesSettingsTest {
  /** The values of config/microprofile-config.properties. */
  static SalesSettings defaults() {
    SalesSettings settings = new SalesSettings();
    settings.consultantDiscountLimit = new BigDecimal("5");
    settings.managerDiscountLimit = new BigDecimal("20");
    settings.trafficShare = new BigDecimal("15");
    settings.mainstreamShare = new BigDecimal("60");
    settings.resourceShare = new BigDecimal("25");
    settings.steerUpAlternatives = 3;
    settings.introductionDays = 14;
    settings.consultantCommission = "0:5,100:10";
    settings.customerManagerCommission = "0:10,100:15,120:20";
    settings.marketingManagerCommission = "0:10,100:20,120:30";
    settings.importMaxRows = 10000;
    settings.packAfterSaleDays = 7;
    settings.slowSellerDays = 60;
    settings.slowSellerMaxUnits = 2;
    return settings;
  }

  @Test
  void theDefaultsAreValid() {
    SalesSettings settings = defaults();
    assertThatCode(settings::validate).doesNotThrowAnyException();
    assertThat(settings.commissionSchedule(Role.MANAGER).tiers()).hasSize(3);
  }

  @Test
  void aScheduleThatDoesNotParseIsRefusedNamingKeyAndValue() {
    SalesSettings settings = defaults();
    settings.consultantCommission = "0:5,100;10";
    assertThatThrownBy(settings::validate)
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("storecrm.sales.commission.consultant=0:5,100;10");
    settings = defaults();
    settings.marketingManagerCommission = "0:ten";
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.sales.commission.marketing-manager=0:ten");
  }

  @Test
  void overlappingOrUnsortedTiersAreRefused() {
    SalesSettings settings = defaults();
    settings.customerManagerCommission = "0:10,120:20,100:15";
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.sales.commission.customer-manager=0:10,120:20,100:15");
    settings = defaults();
    settings.customerManagerCommission = "0:10,100:15,100:20";
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.sales.commission.customer-manager=0:10,100:15,100:20");
    settings = defaults();
    settings.consultantCommission = "50:5";
    assertThatThrownBy(settings::validate).hasMessageContaining("thresholds from 0");
  }

  @Test
  void limitsOutOfRangeAreRefused() {
    SalesSettings settings = defaults();
    settings.managerDiscountLimit = new BigDecimal("3");
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.sales.discount-limit.manager=3");
    settings = defaults();
    settings.trafficShare = new BigDecimal("-1");
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.sales.pricing-mix.traffic=-1");
    settings = defaults();
    settings.importMaxRows = 0;
    assertThatThrownBy(settings::validate).hasMessageContaining("storecrm.sales.import.max-rows=0");
    settings = defaults();
    settings.slowSellerDays = 0;
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.sales.slow-seller.days=0");
  }
}
