package org.storecrm.services;

import java.time.LocalDate;

/**
 * One contract covering a device at a given moment.
 *
 * @param end the last day covered; null for a lifetime plan
 */
public record Coverage(
    long contractId,
    String planCode,
    String planName,
    CoverageKind kind,
    boolean onSite,
    LocalDate start,
    LocalDate end) {}
