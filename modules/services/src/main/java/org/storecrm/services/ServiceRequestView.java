package org.storecrm.services;

import java.math.BigDecimal;
import java.time.Instant;
import org.storecrm.customers.RegionType;

/**
 * A service request as the queue, the job page and the API show it. {@code breached}, {@code
 * breachedAt} (the deadline that passed) and {@code breachMinutes} (how late: until the technician
 * was on site, or until now) are computed from the deadline when read, so a request looks late the
 * moment it is, whether or not the SLA sweep has flagged it yet ({@code breachFlaggedAt}). {@code
 * atRisk}: open, nobody on site yet, and the deadline within the warning time. {@code signature} is
 * only given for one request, not in lists. {@code price}: what the job costs the client (CNY):
 * nothing when a contract covers the device, else the kind's fee ({@code storecrm.services.fee.*}).
 */
public record ServiceRequestView(
    long id,
    long storeId,
    Long customerId,
    Long accountId,
    String clientName,
    String deviceSerial,
    RequestKind kind,
    RegionType region,
    String problem,
    Instant agreedAt,
    Instant registeredAt,
    String registeredBy,
    Instant slaDeadline,
    boolean covered,
    Long contractId,
    BigDecimal price,
    RequestPriority priority,
    RequestStatus status,
    Long technicianId,
    String technicianName,
    Instant dispatchedAt,
    Instant onSiteAt,
    Instant doneAt,
    String notes,
    String parts,
    boolean signed,
    String signature,
    Integer feedbackScore,
    Long recoveryTaskId,
    boolean breached,
    Instant breachedAt,
    Long breachMinutes,
    long minutesLeft,
    boolean atRisk,
    Instant warnedAt,
    Instant breachFlaggedAt,
    long version) {}
