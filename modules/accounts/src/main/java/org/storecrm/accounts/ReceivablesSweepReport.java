package org.storecrm.accounts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a run of the receivables sweep did: reminders, invoices newly overdue, accounts put on
 * credit hold, escalations to store managers and handovers to the key-account department, each
 * counted once over every run; and notifications delivered by the outbox sender in the run. {@code
 * sweepMillis} is the sweep's own time (its transaction), {@code deliveryMillis} the outbox's.
 */
public record ReceivablesSweepReport(
    Instant ranAt,
    LocalDate day,
    int reminders,
    int overdue,
    int holds,
    int escalations,
    int handovers,
    int notificationsSent,
    long sweepMillis,
    long deliveryMillis) {}
