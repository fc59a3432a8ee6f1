package org.storecrm.customers.internal;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.storecrm.customers.SweepReport;
import org.storecrm.platform.JobLeases;

/**
 * Runs the follow-up sweep every hour on one instance of the cluster: the timer is not persistent
 * (Payara Micro does not share timers), the lease row of the hour picks the instance.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class FollowUpSweepTimer {
  static final String JOB = "followups";
  private static final Logger LOG = Logger.getLogger(FollowUpSweepTimer.class.getName());

  @EJB FollowUpSweep sweep;
  @Inject JobLeases leases;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void everyHour() {
    Instant now = clock.instant();
    String period =
        LocalDateTime.ofInstant(now, clock.getZone()).truncatedTo(ChronoUnit.HOURS).toString();
    if (leases.acquire(JOB, period)) {
      LOG.info(() -> "Follow-up sweep " + period + ": " + sweep.sweep(now));
    }
  }

  /**
   * An administrator's run, serialised with the timer by the singleton's write lock, so that the
   * two never insert the same task at the same moment on this instance.
   */
  public SweepReport runNow() {
    return sweep.sweep(clock.instant());
  }
}
