package org.storecrm.sales.internal.catalogue;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.storecrm.platform.JobLeases;

/**
 * Runs the lifecycle sweep once a day on one instance: the timer fires every hour (not persistent:
 * Payara Micro does not share timers), the day's lease row lets the first firing of the store's day
 * do the work.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class LifecycleSweepTimer {
  static final String JOB = "lifecycle";
  private static final Logger LOG = Logger.getLogger(LifecycleSweepTimer.class.getName());

  @EJB LifecycleSweep sweep;
  @Inject JobLeases leases;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "23", persistent = false)
  void everyHour() {
    LocalDate today = LocalDate.now(clock);
    if (leases.acquire(JOB, today.toString())) {
      LOG.info(() -> "Lifecycle sweep " + today + ": " + sweep.sweep(today));
    }
  }
}
