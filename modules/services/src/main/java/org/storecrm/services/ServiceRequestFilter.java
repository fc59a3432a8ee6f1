package org.storecrm.services;

/**
 * Filters of the request queue; null fields do not filter. Without a status the queue holds the
 * open requests (registered, dispatched, on site).
 */
public record ServiceRequestFilter(RequestStatus status, Long technicianId) {
  public static ServiceRequestFilter open() {
    return new ServiceRequestFilter(null, null);
  }
}
