package org.storecrm.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.InvalidSettingException;

class PlatformSettingsTest {
  private static PlatformSettings settings(List<Long> steps, long maxDelay) {
    PlatformSettings settings = new PlatformSettings();
    settings.earliestDate = "1900-01-01";
    settings.latestYearsAhead = 10;
    settings.failuresBeforeLock = 10;
    settings.lockMinutes = 15;
    settings.delayStepsMillis = steps;
    settings.maxDelayMillis = maxDelay;
    settings.pbkdf2Iterations = 210_000;
    settings.passwordMinLength = 8;
    settings.basicCacheSeconds = 60;
    settings.loginRecheckSeconds = 5;
    settings.demoEnabled = "auto";
    settings.databaseUrl = "jdbc:h2:file:./data/storecrm";
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

  @Test
  void aBadValueIsNamedWithItsKey() {
    PlatformSettings date = settings(List.of(100L), 100);
    date.earliestDate = "1900-13-01";
    assertThatThrownBy(date::validate)
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("storecrm.input.earliest-date=1900-13-01");
    PlatformSettings steps = settings(List.of(100L, -5L), 100);
    assertThatThrownBy(steps::validate)
        .hasMessageContaining("storecrm.security.login-throttle.delay-steps-ms=100,-5");
    PlatformSettings iterations = settings(List.of(100L), 100);
    iterations.pbkdf2Iterations = 1000;
    assertThatThrownBy(iterations::validate)
        .hasMessageContaining("storecrm.security.pbkdf2-iterations=1000");
    PlatformSettings demo = settings(List.of(100L), 100);
    demo.demoEnabled = "yes";
    assertThatThrownBy(demo::validate).hasMessageContaining("storecrm.demo.enabled=yes");
    PlatformSettings cache = settings(List.of(100L), 100);
    cache.basicCacheSeconds = -1;
    assertThatThrownBy(cache::validate)
        .hasMessageContaining("storecrm.security.basic-cache-seconds=-1");
  }

  @Test
  void demoDataIsOnByDefaultOnTheEmbeddedDatabaseOnly() {
    PlatformSettings settings = settings(List.of(100L), 100);
    settings.validate();
    assertThat(settings.demoDataWanted()).isTrue();
    settings.databaseUrl = "jdbc:postgresql://db:5432/storecrm";
    assertThat(settings.demoDataWanted()).isFalse();
    settings.demoEnabled = "TRUE";
    assertThat(settings.demoDataWanted()).isTrue();
  }
}
