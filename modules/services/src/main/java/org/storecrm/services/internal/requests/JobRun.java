package org.storecrm.services.internal.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a sweep of this module last ran on any instance, and what it did. */
@Entity
@Table(name = "svc_job_run")
public class JobRun {
  static final String SERVICE_SLA = "service-sla";

  @Id
  @Column(length = 40)
  String job;

  @Column(name = "last_run_at")
  Instant lastRunAt;

  @Column(nullable = false)
  int warned;

  @Column(nullable = false)
  int breached;

  protected JobRun() {}
}
