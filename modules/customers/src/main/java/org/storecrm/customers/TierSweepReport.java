package org.storecrm.customers;

import java.time.Instant;

/**
 * What one run of the membership tier sweep did: customers moved up or down a tier, and the
 * member-care contacts opened for tiered customers who had no open contact.
 */
public record TierSweepReport(Instant ranAt, int movedUp, int movedDown, int memberCareTasks) {}
