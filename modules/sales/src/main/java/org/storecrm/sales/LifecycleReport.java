package org.storecrm.sales;

import java.time.LocalDate;

/**
 * What a lifecycle sweep did: products launched on or before {@code launchedBy} moved from
 * introduction to plateau.
 */
public record LifecycleReport(LocalDate launchedBy, int movedToPlateau) {}
