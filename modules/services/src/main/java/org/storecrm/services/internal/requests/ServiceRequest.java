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
import org.storecrm.platform.RuleViolationException;
import org.storecrm.services.RequestKind;
import org.storecrm.services.RequestPriority;
import org.storecrm.services.RequestProgress;
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
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "customer_id", updatable = false)
  private Long customerId;

  @Column(name = "account_id", updatable = false)
  private Long accountId;

  @Column(name = "device_serial", nullable = false, length = 60, updatable = false)
  private String deviceSerial;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private RequestKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private RegionType region;

  @Column(nullable = false, length = 2000, updatable = false)
  private String problem;

  @Column(name = "agreed_at", updatable = false)
  private Instant agreedAt;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false, length = 40, updatable = false)
  private String registeredBy;

  @Column(name = "sla_deadline", nullable = false, updatable = false)
  private Instant slaDeadline;

  @Column(nullable = false, updatable = false)
  private boolean covered;

  @Column(name = "contract_id", updatable = false)
  private Long contractId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private RequestPriority priority;

  @Column(name = "queue_rank", nullable = false)
  private int queueRank;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RequestStatus status;

  @Column(name = "technician_id")
  private Long technicianId;

  @Column(name = "technician_name", length = 100)
  private String technicianName;

  @Column(name = "dispatched_at")
  private Instant dispatchedAt;

  @Column(name = "dispatched_by", length = 40)
  private String dispatchedBy;

  @Column(name = "on_site_at")
  private Instant onSiteAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(length = 4000)
  private String notes;

  @Column(length = 1000)
  private String parts;

  @Column(length = 60000)
  private String signature;

  @Column(name = "feedback_score")
  private Integer feedbackScore;

  @Column(name = "feedback_at")
  private Instant feedbackAt;

  @Column(name = "recovery_task_id")
  private Long recoveryTaskId;

  /** Written by the SLA sweep's guarded updates; an edit of the request only ever lowers it. */
  @Column(name = "sla_watch", nullable = false)
  private int slaWatch;

  @Column(name = "warned_at", insertable = false, updatable = false)
  private Instant warnedAt;

  @Column(name = "breached_at", insertable = false, updatable = false)
  private Instant breachedAt;

  @Column(name = "breach_flagged_at", insertable = false, updatable = false)
  private Instant breachFlaggedAt;

  /** The SLA sweep's run that claimed the warning, and the breach (read-only here). */
  @Column(name = "warn_run", insertable = false, updatable = false)
  private String warnRun;

  @Column(name = "breach_run", insertable = false, updatable = false)
  private String breachRun;

  @Version private long version;

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
   * The contract that covered the device when the request was registered, or null: a job no
   * contract covers is charged the kind's fee.
   */
  void coveredBy(Long contract) {
    covered = contract != null;
    contractId = contract;
  }

  /**
   * Only a registered or dispatched request goes to a technician (again, to change the technician);
   * checked before the technician is looked up, so a closed request answers the conflict first.
   */
  void checkDispatchable() {
    if (status != RequestStatus.REGISTERED && status != RequestStatus.DISPATCHED) {
      throw RuleViolationException.conflict(
          "error.request.notDispatchable",
          "status",
          "Only a registered or dispatched request can be sent to a technician");
    }
  }

  /** Sent to the technician by {@code by} at {@code at}, replacing any earlier dispatch. */
  void dispatchTo(long technician, String technicianFullName, Instant at, String by) {
    checkDispatchable();
    technicianId = technician;
    technicianName = technicianFullName;
    dispatchedAt = at;
    dispatchedBy = by;
    status = RequestStatus.DISPATCHED;
  }

  /** Only the technician the request is dispatched to moves it on (and, for them, scores it). */
  void checkDispatchedTo(Long userId) {
    if (technicianId == null || !technicianId.equals(userId)) {
      throw RuleViolationException.refused(
          "error.request.notYours",
          "technicianId",
          "Only the technician the request is dispatched to moves it on");
    }
  }

  /**
   * The technician's step, from a dispatched or on-site request only: on site (again, to update the
   * notes) or done. The first step is the arrival, so a carry-in job done at the bench counts as on
   * site when done. The notes, parts and signature a step gives replace the previous ones (a blank
   * one clears them); those it leaves out stay.
   */
  void recordProgress(RequestProgress step, Instant at) {
    RequestStatus next = step.status();
    boolean allowed =
        switch (next) {
          case ON_SITE, DONE ->
              status == RequestStatus.DISPATCHED || status == RequestStatus.ON_SITE;
          default -> false;
        };
    if (!allowed) {
      throw RuleViolationException.conflict(
          "error.request.badStep", "status", "A " + status + " request cannot move to " + next);
    }
    if (onSiteAt == null) {
      arrive(at);
    }
    status = RequestStatus.ON_SITE;
    if (step.notes() != null) {
      notes = blankToNull(step.notes());
    }
    if (step.parts() != null) {
      parts = blankToNull(step.parts());
    }
    if (step.signature() != null) {
      signature = blankToNull(step.signature());
    }
    if (next == RequestStatus.DONE) {
      close(at);
    }
  }

  /**
   * Feedback is recorded once, for a done job; checked before the survey is recorded, which must
   * not happen for a refused score.
   */
  void checkFeedbackOpen() {
    if (status != RequestStatus.DONE) {
      throw RuleViolationException.conflict(
          "error.request.notDone", "score", "Feedback is recorded once the job is done");
    }
    if (feedbackScore != null) {
      throw RuleViolationException.conflict(
          "error.request.feedbackGiven", "score", "This job's feedback is already recorded");
    }
  }

  /** The client's score of the done job, and the recovery task a low score opened (or null). */
  void recordFeedback(int score, Instant at, Long recoveryTask) {
    checkFeedbackOpen();
    feedbackScore = score;
    feedbackAt = at;
    recoveryTaskId = recoveryTask;
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text.trim();
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

  /** The audit trail's record of a new request: its state, and what it was registered with. */
  Map<String, Object> creationAuditState() {
    Map<String, Object> state = auditState();
    state.put("deviceSerial", deviceSerial);
    state.put("kind", kind);
    state.put("slaDeadline", slaDeadline);
    state.put("priority", priority);
    state.put("covered", covered);
    return state;
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

  Long id() {
    return id;
  }

  Long storeId() {
    return storeId;
  }

  Long customerId() {
    return customerId;
  }

  Long accountId() {
    return accountId;
  }

  String deviceSerial() {
    return deviceSerial;
  }

  RequestKind kind() {
    return kind;
  }

  Instant slaDeadline() {
    return slaDeadline;
  }

  RequestPriority priority() {
    return priority;
  }

  boolean covered() {
    return covered;
  }

  Long technicianId() {
    return technicianId;
  }

  /** The queue's order: by priority, done requests last. */
  int queueRank() {
    return queueRank;
  }

  /** What the SLA sweep still watches for ({@link #WATCH_ALL}, ...). */
  int slaWatch() {
    return slaWatch;
  }
}
