package org.storecrm.platform;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record since the caller read it; the caller's edit is refused. */
@ApplicationException(rollback = true)
public class StaleRecordException extends RuntimeException {
  public StaleRecordException(String recordType, Object id) {
    super(recordType + " " + id + " was changed by someone else; reload it and try again");
  }
}
