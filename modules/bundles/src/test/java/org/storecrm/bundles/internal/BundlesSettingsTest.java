package org.storecrm.bundles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.InvalidSettingException;

/** A bad setting stops the start-up naming its key and value; the shipped default passes. */
class BundlesSettingsTest {
  @Test
  void theDefaultIsValidAndANegativeWindowIsRefused() {
    BundlesSettings settings = new BundlesSettings();
    settings.recentPurchaseDays = 30;
    settings.validate();
    assertThat(settings.recentPurchase()).isEqualTo(Duration.ofDays(30));
    settings.recentPurchaseDays = -1;
    assertThatThrownBy(settings::validate)
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("storecrm.bundles.recent-purchase-days=-1");
  }
}
