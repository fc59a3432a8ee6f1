package org.storecrm.sales;

/** Introduction (first weeks, high margin, push hard), plateau, clearance (sell off fast). */
public enum LifecyclePhase {
  INTRODUCTION,
  PLATEAU,
  CLEARANCE
}
