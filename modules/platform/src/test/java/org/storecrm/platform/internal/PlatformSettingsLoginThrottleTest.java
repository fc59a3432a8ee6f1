package org.storecrm.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformSettingsLoginThrottleTest {
  private static PlatformSettings settings(List<Long> steps, long maxDelay) {
    PlatformSettings settings = new PlatformSettings();
    settings.earliestDate = "1900-01-01";
    settings.latestYearsAhead = 10;
    settings.failuresBeforeLock = 10;
    settings.lockMinutes = 15;
    settings.delayStepsMillis = steps;
    settings.maxDelayMillis = maxDelay;
    return settings;
  }

  @Test
  void delaysGrowByStepTheLastRepeatsAndNoneExceedsTheMaximum() {
    PlatformSettings settings = settings(List.of(250L, 500L, 1000L, 2000L, 4000L), 3000);
    settings.validate();
    assertThat(settings.loginDelayAfter(0)).isEqualTo(Duration.ZERO);
    assertThat(settings.loginDelayAfter(1)).isEqualTo(Duration.ofMillis(250));
    assertThat(settings.loginDelayAfter(2)).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.loginDelayAfter(3)).isEqualTo(Duration.ofMillis(1000));
    assertThat(settings.loginDelayAfter(5)).isEqualTo(Duration.ofMillis(3000));
    assertThat(settings.loginDelayAfter(42)).isEqualTo(Duration.ofMillis(3000));
    assertThat(settings.loginLockDuration()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void nonsenseIsRefusedAtStartUp() {
    assertThatThrownBy(() -> settings(List.of(-1L), 100).validate())
        .hasMessageContaining("delay-steps-ms");
    assertThatThrownBy(() -> settings(List.of(100L), 120_000).validate())
        .hasMessageContaining("max-delay-ms");
    PlatformSettings noLock = settings(List.of(100L), 100);
    noLock.failuresBeforeLock = 0;
    assertThatThrownBy(noLock::validate).hasMessageContaining("failures-before-lock");
    PlatformSettings noMinutes = settings(List.of(100L), 100);
    noMinutes.lockMinutes = 0;
    assertThatThrownBy(noMinutes::validate).hasMessageContaining("lock-minutes");
  }
}
