package org.storecrm.sales;

/**
 * What became of one suggestion at the counter. NOT_OFFERED is recorded by the system for every
 * suggestion the consultant did not answer (the "forgot to offer" failure made visible).
 */
public enum ChecklistOutcome {
  OFFERED,
  ACCEPTED,
  DECLINED,
  NOT_OFFERED
}
