package org.storecrm.services;

/** A technician of the store and the open requests on them (dispatched, on site). */
public record TechnicianLoad(long technicianId, String name, long dispatched, long onSite) {
  public long total() {
    return dispatched + onSite;
  }
}
