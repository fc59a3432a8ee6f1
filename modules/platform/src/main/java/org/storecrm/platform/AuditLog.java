package org.storecrm.platform;

/** Reads the audit trail (administrators). */
public interface AuditLog {
  Page<AuditEntry> find(AuditFilter filter, PageRequest page);
}
