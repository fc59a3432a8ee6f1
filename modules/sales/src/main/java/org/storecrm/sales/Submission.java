package org.storecrm.sales;

/**
 * The answer to a submitted order: the order, and whether this submission repeated an earlier one
 * with the same idempotency key (then nothing new was sold).
 */
public record Submission(OrderView order, boolean repeated) {}
