package org.storecrm.services.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The SLA job's status page: the last run, and whether the sweep looks stopped. */
class JobRunTest {
  private static final Instant NOW = Instant.parse("2026-12-02T04:00:00Z");
  private static final Duration STALE_AFTER = Duration.ofMinutes(5);

  @Test
  void aSweepThatNeverRanLooksStopped() {
    JobRun run = new JobRun();
    assertThat(run.lastRunAt()).isNull();
    assertThat(run.staleAt(NOW, STALE_AFTER)).isTrue();
  }

  @Test
  void aRunReplacesTheLastOneAndIsFreshUpToTheLimit() {
    JobRun run = new JobRun();
    run.ran(NOW.minusSeconds(600), 4, 1);
    run.ran(NOW.minus(STALE_AFTER), 2, 0);
    assertThat(run.lastRunAt()).isEqualTo(NOW.minus(STALE_AFTER));
    assertThat(run.warned()).isEqualTo(2);
    assertThat(run.breached()).isZero();
    assertThat(run.staleAt(NOW, STALE_AFTER)).as("exactly the limit ago").isFalse();
    assertThat(run.staleAt(NOW.plusMillis(1), STALE_AFTER)).as("past the limit").isTrue();
  }
}
