package org.storecrm.platform;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist, or it belongs to a store the caller may not see: both answer the same,
 * so that another store's ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {
  private final String recordType;

  public RecordNotFoundException(String recordType, Object id) {
    super(recordType + " " + id + " not found");
    this.recordType = recordType;
  }

  public String recordType() {
    return recordType;
  }
}
