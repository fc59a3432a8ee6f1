package org.storecrm.accounts.internal.handovers;

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
import java.util.logging.Logger;
import org.storecrm.accounts.SmbScanReport;
import org.storecrm.accounts.internal.AccountsSettings;
import org.storecrm.platform.DatabaseFailures;
import org.storecrm.platform.JobLeases;

/**
 * Runs the SMB scan once a week on one instance: the timer fires every hour (so a week whose first
 * hours the server was down is still scanned), the lease row of the ISO week picks the instance and
 * the hour. An administrator's run takes the same lease and runs even when the week's run was
 * already taken. A run that meets a concurrent one on another instance (the key on the customer) is
 * repeated and lists nothing twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each run commits on its own
public class SmbScanTimer {
  static final String JOB = "smb-scan";
  private static final Logger LOG = Logger.getLogger(SmbScanTimer.class.getName());

  @EJB SmbScan scan;
  @Inject JobLeases leases;
  @Inject Clock clock;
  @Inject AccountsSettings settings;

  @Schedule(hour = "*", minute = "43", persistent = false)
  void everyHour() {
    Instant now = clock.instant();
    String week = SmbRules.week(now, clock.getZone());
    if (leases.acquire(JOB, week)) {
      SmbScanReport report = run(now);
      LOG.info(
          () ->
              "SMB scan "
                  + week
                  + ": "
                  + report.buyers()
                  + " buyers, "
                  + report.listed()
                  + " listed, "
                  + report.alreadyListed()
                  + " listed before, "
                  + report.withoutAccountManager()
                  + " in stores without an account manager");
    }
  }

  /** An administrator's run: serialised with the timer on this instance by the singleton's lock. */
  public SmbScanReport runNow() {
    Instant now = clock.instant();
    leases.acquire(JOB, SmbRules.week(now, clock.getZone()));
    return run(now);
  }

  private SmbScanReport run(Instant now) {
    return DatabaseFailures.repeatingLostRaces(
        "SMB scan", settings.sweepAttempts(), () -> scan.scan(now));
  }
}
