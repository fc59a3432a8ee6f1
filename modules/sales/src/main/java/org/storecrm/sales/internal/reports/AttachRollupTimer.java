package org.storecrm.sales.internal.reports;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.storecrm.platform.JobLeases;

/**
 * Refreshes the attach rollup every hour on one instance (not persistent: Payara Micro does not
 * share timers; the hour's lease row picks the instance). Most hours find every month current; the
 * first hour of a month computes the month just closed, and a month changed by a return is computed
 * again within the hour.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class AttachRollupTimer {
  static final String JOB = "attach-rollup";
  private static final Logger LOG = Logger.getLogger(AttachRollupTimer.class.getName());

  @EJB AttachRollup rollup;
  @Inject JobLeases leases;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void everyHour() {
    String hour = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).toString();
    if (leases.acquire(JOB, hour)) {
      LOG.info(() -> "Attach rollup " + hour + ": " + rollup.refreshDue());
    }
  }
}
