package org.storecrm.platform;

/**
 * Cluster-wide "once per period" for scheduled sweeps: of all instances whose timers fire for the
 * same job and period, exactly one gets the lease (a row in the database).
 */
public interface JobLeases {
  /**
   * @param job the sweep's name, e.g. {@code followups}
   * @param period the period it runs for, e.g. {@code 2026-11-23T10} for an hourly sweep
   * @return true for the one caller that holds the lease for that period
   */
  boolean acquire(String job, String period);
}
