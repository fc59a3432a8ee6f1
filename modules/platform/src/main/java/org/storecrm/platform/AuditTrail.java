package org.storecrm.platform;

import java.util.Map;

/**
 * Who changed what, when. Services call it inside their transaction, so the entry commits or rolls
 * back with the change itself. States are flat maps of field name to value; secrets never go in.
 */
public interface AuditTrail {

  void created(AuditedRecord record, Map<String, ?> state);

  /** Records only the fields whose values differ; records nothing when none do. */
  void changed(AuditedRecord record, Map<String, ?> before, Map<String, ?> after);

  void deleted(AuditedRecord record, Map<String, ?> state);

  /** An action that is not a field change (a password reset, a sweep run). */
  void action(AuditedRecord record, String action, String detail);

  /** Names the record an entry is about. {@code storeId} is null for chain-wide records. */
  record AuditedRecord(String type, Object id, Long storeId) {}
}
