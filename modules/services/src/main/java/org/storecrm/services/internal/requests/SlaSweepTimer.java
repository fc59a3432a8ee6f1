package org.storecrm.services.internal.requests;

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
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.storecrm.platform.JobLeases;
import org.storecrm.services.SlaSweepReport;
import org.storecrm.services.internal.ServicesSettings;

/**
 * Runs the SLA sweep every minute on one instance of the cluster: the timer is not persistent
 * (Payara Micro does not share timers), the minute's lease row picks the instance. An
 * administrator's run takes the same lease and runs even when the minute's run was already taken;
 * two runs that meet cannot claim a step twice (the sweep's guarded updates). Publishes this
 * instance's last run as MicroProfile metrics; the chain-wide last run is in {@code svc_job_run}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each run commits on its own
public class SlaSweepTimer {
  static final String JOB = "service-sla";
  private static final Logger LOG = Logger.getLogger(SlaSweepTimer.class.getName());

  @EJB SlaSweep sweep;
  @Inject JobLeases leases;
  @Inject Clock clock;
  @Inject ServicesSettings settings;
  @Inject MetricRegistry metrics;

  private volatile SlaSweepReport last;
  private volatile long lastMillis;
  private volatile long runs;

  @PostConstruct
  void start() {
    gauge(
        "last-run",
        "When this instance last ran the sweep",
        MetricUnits.SECONDS,
        t -> t.lastRunEpoch());
    gauge(
        "last-duration", "How long its last run took", MetricUnits.MILLISECONDS, t -> t.lastMillis);
    gauge(
        "last-warned",
        "Requests its last run warned of",
        MetricUnits.NONE,
        t -> t.last == null ? 0 : t.last.warned());
    gauge(
        "last-breached",
        "Breaches its last run flagged",
        MetricUnits.NONE,
        t -> t.last == null ? 0 : t.last.breached());
    gauge(
        "last-notices",
        "Notices its last run posted",
        MetricUnits.NONE,
        t -> t.last == null ? 0 : t.last.noticesPosted());
    gauge("runs", "Runs on this instance since start", MetricUnits.NONE, t -> t.runs);
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    Instant now = clock.instant();
    if (leases.acquire(JOB, period(now))) {
      SlaSweepReport report = run(now);
      if (report.warned() + report.breached() > 0) {
        LOG.info(() -> "SLA sweep " + period(now) + ": " + report);
      }
    }
  }

  /** An administrator's run, holding the minute's lease so that no timer repeats the work. */
  public SlaSweepReport runNow() {
    Instant now = clock.instant();
    leases.acquire(JOB, period(now));
    return run(now);
  }

  private SlaSweepReport run(Instant now) {
    long started = System.nanoTime();
    SlaSweepReport report = sweep.sweep(now);
    lastMillis = (System.nanoTime() - started) / 1_000_000;
    last = report;
    runs++;
    return report;
  }

  private long lastRunEpoch() {
    SlaSweepReport report = last;
    return report == null ? 0 : report.ranAt().getEpochSecond();
  }

  private void gauge(
      String name,
      String description,
      String unit,
      java.util.function.Function<SlaSweepTimer, Number> value) {
    metrics.gauge(
        Metadata.builder()
            .withName("storecrm.service-sla." + name)
            .withDescription(description)
            .withUnit(unit)
            .build(),
        this,
        t -> value.apply(t).doubleValue());
  }

  private String period(Instant now) {
    return LocalDateTime.ofInstant(now, clock.getZone()).truncatedTo(ChronoUnit.MINUTES).toString();
  }
}
