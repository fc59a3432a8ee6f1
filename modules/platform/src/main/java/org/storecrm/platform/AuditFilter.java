package org.storecrm.platform;

import java.time.Instant;

/** Filters of the audit list; null fields do not filter. */
public record AuditFilter(
    String recordType, String recordId, String username, Instant from, Instant to) {
  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null);
  }
}
