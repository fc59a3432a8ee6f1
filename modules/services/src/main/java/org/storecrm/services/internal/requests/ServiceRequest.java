package org.storecrm.services.internal.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.storecrm.customers.RegionType;
import org.storecrm.services.RequestKind;
import org.storecrm.services.RequestPriority;
import org.storecrm.services.RequestStatus;
import org.storecrm.services.ServiceRequestView;

/** A service request: the client's need, its promise (the SLA deadline) and the job's steps. */
@Entity
@Table(name = "svc_request")
public class ServiceRequest {
  /** {@code queue_rank} of a done request: after every open one. */
  static final int CLOSED_RANK = 9;

  /** {@code sla_watch}: the warning and the breach still to come; the breach only; nothing. */
  static final int WATCH_ALL = 2;

  static final int WATCH_BREACH = 1;
  static final int WATCH_NONE = 0;

  @Id
  @SequenceGenerator(
      name = "svc_request_seq",
      sequenceName = "svc_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "svc_request_seq")
  Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  @Column(name = "customer_id", updatable = false)
  Long customerId;

  @Column(name = "account_id", updatable = false)
  Long accountId;

  @Column(name = "device_serial", nullable = false, length = 60, updatable = false)
  String deviceSerial;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  RequestKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  RegionType region;

  @Column(nullable = false, length = 2000, updatable = false)
  String problem;

  @Column(name = "agreed_at", updatable = false)
  Instant agreedAt;

  @Column(name = "registered_at", nullable = false, updatable = false)
  Instant registeredAt;

  @Column(name = "registered_by", nullable = false, length = 40, updatable = false)
  String registeredBy;

  @Column(name = "sla_deadline", nullable = false, updatable = false)
  Instant slaDeadline;

  @Column(nullable = false, updatable = false)
  boolean covered;

  @Column(name = "contract_id", updatable = false)
  Long contractId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  RequestPriority priority;

  @Column(name = "queue_rank", nullable = false)
  int queueRank;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  RequestStatus status;

  @Column(name = "technician_id")
  Long technicianId;

  @Column(name = "technician_name", length = 100)
  String technicianName;

  @Column(name = "dispatched_at")
  Instant dispatchedAt;

  @Column(name = "dispatched_by", length = 40)
  String dispatchedBy;

  @Column(name = "on_site_at")
  Instant onSiteAt;

  @Column(name = "done_at")
  Instant doneAt;

  @Column(length = 4000)
  String notes;

  @Column(length = 1000)
  String parts;

  @Column(length = 60000)
  String signature;

  @Column(name = "feedback_score")
  Integer feedbackScore;

  @Column(name = "feedback_at")
  Instant feedbackAt;

  @Column(name = "recovery_task_id")
  Long recoveryTaskId;

  /** Written by the SLA sweep's guarded updates; an edit of the request only ever lowers it. */
  @Column(name = "sla_watch", nullable = false)
  int slaWatch;

  @Column(name = "warned_at", insertable = false, updatable = false)
  Instant warnedAt;

  @Column(name = "breached_at", insertable = false, updatable = false)
  Instant breachedAt;

  @Column(name = "breach_flagged_at", insertable = false, updatable = false)
  Instant breachFlaggedAt;

  /** The SLA sweep's run that claimed the warning, and the breach (read-only here). */
  @Column(name = "warn_run", insertable = false, updatable = false)
  String warnRun;

  @Column(name = "breach_run", insertable = false, updatable = false)
  String breachRun;

  @Version long version;

  protected ServiceRequest() {}

  ServiceRequest(
      long storeId,
      Long customerId,
      Long accountId,
      String deviceSerial,
      RequestKind kind,
      RegionType region,
      String problem,
      Instant agreedAt,
      Instant registeredAt,
      String registeredBy,
      Instant slaDeadline,
      RequestPriority priority) {
    this.storeId = storeId;
    this.customerId = customerId;
    this.accountId = accountId;
    this.deviceSerial = deviceSerial.trim();
    this.kind = kind;
    this.region = region;
    this.problem = problem.trim();
    this.agreedAt = agreedAt;
    this.registeredAt = registeredAt;
    this.registeredBy = registeredBy;
    this.slaDeadline = slaDeadline;
    this.priority = priority;
    this.queueRank = priority.rank();
    this.status = RequestStatus.REGISTERED;
    this.slaWatch = WATCH_ALL;
  }

  /**
   * The technician checks in on site: the promise is kept if it is not past the deadline, and the
   * sweep stops watching; a late arrival stays watched, so the sweep flags and reports the breach
   * even when the technician came before it ran.
   */
  void arrive(Instant now) {
    onSiteAt = now;
    if (!now.isAfter(slaDeadline)) {
      slaWatch = WATCH_NONE;
    }
  }

  void close(Instant now) {
    status = RequestStatus.DONE;
    doneAt = now;
    queueRank = CLOSED_RANK;
  }

  /** Late: on site after the deadline, or nobody on site and the deadline past. */
  boolean breached(Instant now) {
    return (onSiteAt == null ? now : onSiteAt).isAfter(slaDeadline);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status);
    state.put("technicianId", technicianId);
    state.put("onSiteAt", onSiteAt);
    state.put("doneAt", doneAt);
    state.put("notes", notes);
    state.put("parts", parts);
    state.put("signed", signature != null);
    state.put("feedbackScore", feedbackScore);
    return state;
  }

  /**
   * @param uncoveredFee what a job of this kind costs when no contract covers the device
   */
  ServiceRequestView toView(
      String clientName,
      boolean withSignature,
      Instant now,
      Duration warn,
      java.math.BigDecimal uncoveredFee) {
    boolean breached = breached(now);
    Instant until = onSiteAt == null ? now : onSiteAt;
    long minutesLeft = Duration.between(now, slaDeadline).toMinutes();
    boolean waiting = status.open() && onSiteAt == null;
    return new ServiceRequestView(
        id,
        storeId,
        customerId,
        accountId,
        clientName,
        deviceSerial,
        kind,
        region,
        problem,
        agreedAt,
        registeredAt,
        registeredBy,
        slaDeadline,
        covered,
        contractId,
        covered ? java.math.BigDecimal.ZERO.setScale(2) : uncoveredFee,
        priority,
        status,
        technicianId,
        technicianName,
        dispatchedAt,
        onSiteAt,
        doneAt,
        notes,
        parts,
        signature != null,
        withSignature ? signature : null,
        feedbackScore,
        recoveryTaskId,
        breached,
        breached ? slaDeadline : null,
        breached ? Duration.between(slaDeadline, until).toMinutes() : null,
        minutesLeft,
        waiting && !breached && Duration.between(now, slaDeadline).compareTo(warn) <= 0,
        warnedAt,
        breachFlaggedAt,
        version);
  }
}
