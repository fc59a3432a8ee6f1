package org.storecrm.customers.internal.membership;

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
import java.time.LocalDate;
import java.util.logging.Logger;
import org.storecrm.customers.TierSweepReport;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.platform.DatabaseFailures;
import org.storecrm.platform.JobLeases;

/**
 * Runs the membership tier sweep once a day on one instance of the cluster: the hourly timer tries
 * the day's lease row, and the instance that takes it runs the sweep (the first hour of the day, or
 * the first hour the application runs that day). An administrator's run takes the same lease and
 * runs even when the day's run was already taken; a second run of a day moves no one twice (the
 * tiers are already right) and opens no member-care contact twice (the day's dedupe key).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each run commits on its own
public class TierSweepTimer {
  static final String JOB = "tiers";
  private static final Logger LOG = Logger.getLogger(TierSweepTimer.class.getName());

  @EJB TierSweep sweep;
  @Inject JobLeases leases;
  @Inject Clock clock;
  @Inject CustomersSettings settings;

  @Schedule(hour = "*", minute = "41", persistent = false)
  void everyHour() {
    Instant now = clock.instant();
    String day = LocalDate.ofInstant(now, clock.getZone()).toString();
    if (leases.acquire(JOB, day)) {
      LOG.info(() -> "Tier sweep " + day + ": " + sweepRepeatingLostRaces(now));
    }
  }

  /** An administrator's run, serialised with the timer on this instance by the singleton's lock. */
  public TierSweepReport runNow() {
    Instant now = clock.instant();
    leases.acquire(JOB, LocalDate.ofInstant(now, clock.getZone()).toString());
    return sweepRepeatingLostRaces(now);
  }

  /**
   * Two runs that meet (another instance's timer and an administrator) race on the day's
   * member-care keys: the loser is repeated, finds the other's contacts and tiers, and adds
   * nothing.
   */
  private TierSweepReport sweepRepeatingLostRaces(Instant now) {
    return DatabaseFailures.repeatingLostRaces(
        "Tier sweep", settings.sweepAttempts(), () -> sweep.sweep(now));
  }
}
