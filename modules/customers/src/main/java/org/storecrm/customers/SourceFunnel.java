package org.storecrm.customers;

/**
 * Customers registered in a period from one source, and how far they have come since.
 *
 * @param reached contacted at least once
 * @param intent graded (intent) now
 * @param bought own-sold owners now
 * @param lost lost now
 */
public record SourceFunnel(
    SourceChannel source, long registered, long reached, long intent, long bought, long lost) {}
