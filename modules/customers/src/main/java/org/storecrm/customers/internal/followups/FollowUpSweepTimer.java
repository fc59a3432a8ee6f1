package org.storecrm.customers.internal.followups;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.storecrm.customers.SweepReport;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.platform.DatabaseFailures;
import org.storecrm.platform.JobLeases;

/**
 * Runs the follow-up sweep every hour on one instance of the cluster: the timer is not persistent
 * (Payara Micro does not share timers), the lease row of the hour picks the instance. An
 * administrator's run takes the same lease (the hour's timer run is then skipped) and runs even
 * when the hour's run was already taken. Two runs that still meet (another instance's timer at the
 * same moment) cannot open a task twice, as the dedupe keys are unique; the one that loses the race
 * is repeated, finds the other's tasks and adds nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each run commits on its own
public class FollowUpSweepTimer {
  static final String JOB = "followups";
  private static final Logger LOG = Logger.getLogger(FollowUpSweepTimer.class.getName());

  @EJB FollowUpSweep sweep;
  @Inject JobLeases leases;
  @Inject Clock clock;

  @Inject CustomersSettings settings;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void everyHour() {
    Instant now = clock.instant();
    String period = period(now);
    if (leases.acquire(JOB, period)) {
      LOG.info(() -> "Follow-up sweep " + period + ": " + sweepRepeatingLostRaces(now));
    }
  }

  /**
   * An administrator's run: serialised with the timer on this instance by the singleton's write
   * lock, and holding the hour's lease so that no instance's timer starts the same work later.
   */
  public SweepReport runNow() {
    Instant now = clock.instant();
    leases.acquire(JOB, period(now));
    return sweepRepeatingLostRaces(now);
  }

  private SweepReport sweepRepeatingLostRaces(Instant now) {
    return DatabaseFailures.repeatingLostRaces(
        "Follow-up sweep", settings.sweepAttempts(), () -> sweep.sweep(now));
  }

  private String period(Instant now) {
    return LocalDateTime.ofInstant(now, clock.getZone()).truncatedTo(ChronoUnit.HOURS).toString();
  }
}
