package org.storecrm.services.internal.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** When a sweep of this module last ran on any instance, and what it did. */
@Entity
@Table(name = "svc_job_run")
public class JobRun {
  static final String SERVICE_SLA = "service-sla";

  @Id
  @Column(length = 40)
  private String job;

  @Column(name = "last_run_at")
  private Instant lastRunAt;

  @Column(nullable = false)
  private int warned;

  @Column(nullable = false)
  private int breached;

  protected JobRun() {}

  /** A sweep ran at {@code at} and claimed these warnings and breaches (replacing the last run). */
  void ran(Instant at, int warnedNow, int breachedNow) {
    lastRunAt = at;
    warned = warnedNow;
    breached = breachedNow;
  }

  /**
   * Whether the sweep looks stopped at {@code now}: it never ran, or not for longer than {@code
   * staleAfter}.
   */
  boolean staleAt(Instant now, Duration staleAfter) {
    return lastRunAt == null || lastRunAt.isBefore(now.minus(staleAfter));
  }

  Instant lastRunAt() {
    return lastRunAt;
  }

  int warned() {
    return warned;
  }

  int breached() {
    return breached;
  }
}
