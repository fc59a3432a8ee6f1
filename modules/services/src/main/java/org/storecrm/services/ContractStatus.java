package org.storecrm.services;

/**
 * Where a service contract stands: in force (until its term ends), cancelled by a return of the
 * plan (refunded pro rata), or ended by a return of the device it covers.
 */
public enum ContractStatus {
  ACTIVE,
  CANCELLED,
  ENDED
}
