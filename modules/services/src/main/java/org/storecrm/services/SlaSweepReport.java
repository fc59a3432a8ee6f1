package org.storecrm.services;

import java.time.Instant;

/**
 * What one run of the SLA sweep did: requests warned (deadline within the warning time), breaches
 * flagged, notices posted to the stores' managers and messages handed to the notification gateway.
 * A repeated run, or another instance's run of the same minute, finds nothing left to do.
 */
public record SlaSweepReport(
    Instant ranAt, int warned, int breached, int noticesPosted, int messagesSent) {}
