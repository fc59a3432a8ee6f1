package org.storecrm.services;

import java.time.Instant;

/**
 * When the SLA sweep last ran on any instance and what it did; {@code stale} when that is longer
 * ago than {@code staleAfterMinutes} (or it never ran): the promise is then watched by nobody.
 */
public record SlaJobStatus(
    Instant lastRunAt, int warned, int breached, boolean stale, int staleAfterMinutes) {}
