package org.storecrm.services;

/**
 * Where a service request stands: registered → dispatched to a technician → the technician on site
 * (the promise is kept at this step) → done. Feedback is recorded on a done request.
 */
public enum RequestStatus {
  REGISTERED,
  DISPATCHED,
  ON_SITE,
  DONE;

  /** Whether the request is still in the queue (not done). */
  public boolean open() {
    return this != DONE;
  }
}
