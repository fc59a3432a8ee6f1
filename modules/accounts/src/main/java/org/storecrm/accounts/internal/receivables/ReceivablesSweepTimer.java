package org.storecrm.accounts.internal.receivables;

import jakarta.annotation.PostConstruct;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.storecrm.accounts.ReceivablesSweepReport;
import org.storecrm.accounts.internal.AccountsSettings;
import org.storecrm.platform.DatabaseFailures;
import org.storecrm.platform.JobLeases;

/**
 * Runs the receivables sweep once a day on one instance: the timer fires every hour (so a day whose
 * first hours the server was down is still swept), the lease row of the day picks the instance and
 * the hour. An administrator's run takes the same lease and runs even when the day's run was
 * already taken. Two runs that still meet cannot do a step twice (the step keys are unique); the
 * loser is repeated and adds nothing. Then the outbox is delivered (also every few minutes, for
 * retries). The last run is published as MicroProfile metrics.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each run commits on its own
public class ReceivablesSweepTimer {
  static final String JOB = "receivables";
  private static final Logger LOG = Logger.getLogger(ReceivablesSweepTimer.class.getName());

  @EJB ReceivablesSweep sweep;
  @EJB OutboxSender sender;
  @Inject JobLeases leases;
  @Inject Clock clock;
  @Inject AccountsSettings settings;
  @Inject MetricRegistry metrics;

  private final AtomicReference<ReceivablesSweepReport> last = new AtomicReference<>();
  private final AtomicLong runs = new AtomicLong();

  @PostConstruct
  void publishMetrics() {
    metrics.gauge("storecrm.receivables.sweep.runs", runs::get);
    metrics.gauge(
        "storecrm.receivables.sweep.last-run-epoch-seconds",
        () -> last.get() == null ? 0L : last.get().ranAt().getEpochSecond());
    metrics.gauge(
        "storecrm.receivables.sweep.last-reminders",
        () -> last.get() == null ? 0 : last.get().reminders());
    metrics.gauge(
        "storecrm.receivables.sweep.last-overdue",
        () -> last.get() == null ? 0 : last.get().overdue());
    metrics.gauge(
        "storecrm.receivables.sweep.last-holds", () -> last.get() == null ? 0 : last.get().holds());
    metrics.gauge(
        "storecrm.receivables.sweep.last-handovers",
        () -> last.get() == null ? 0 : last.get().handovers());
    metrics.gauge(
        "storecrm.receivables.sweep.last-sweep-millis",
        () -> last.get() == null ? 0L : last.get().sweepMillis());
    metrics.gauge(
        "storecrm.receivables.sweep.last-notifications-sent",
        () -> last.get() == null ? 0 : last.get().notificationsSent());
  }

  @Schedule(hour = "*", minute = "17", persistent = false)
  void everyHour() {
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, clock.getZone());
    if (leases.acquire(JOB, day.toString())) {
      LOG.info(() -> "Receivables sweep " + day + ": " + run(now, day));
    }
  }

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  void deliverOutbox() {
    sender.deliverDue();
  }

  /** An administrator's run: serialised with the timer on this instance by the singleton's lock. */
  public ReceivablesSweepReport runNow() {
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, clock.getZone());
    leases.acquire(JOB, day.toString());
    return run(now, day);
  }

  private ReceivablesSweepReport run(Instant now, LocalDate day) {
    long start = System.nanoTime();
    ReceivablesSweepReport swept = sweepRepeatingLostRaces(now, day);
    long swept_ = System.nanoTime();
    int sent = sender.deliverDue();
    long delivered = System.nanoTime();
    ReceivablesSweepReport report =
        new ReceivablesSweepReport(
            swept.ranAt(),
            swept.day(),
            swept.reminders(),
            swept.overdue(),
            swept.holds(),
            swept.escalations(),
            swept.handovers(),
            sent,
            (swept_ - start) / 1_000_000,
            (delivered - swept_) / 1_000_000);
    last.set(report);
    runs.incrementAndGet();
    return report;
  }

  private ReceivablesSweepReport sweepRepeatingLostRaces(Instant now, LocalDate day) {
    return DatabaseFailures.repeatingLostRaces(
        "Receivables sweep", settings.sweepAttempts(), () -> sweep.sweep(now, day));
  }
}
