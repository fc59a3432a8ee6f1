package org.storecrm.sales;

import java.time.Instant;

/** The order list's filter: sold in [from, to), by one consultant; all optional. */
public record OrderFilter(Instant from, Instant to, Long consultantId) {}
