package org.storecrm.customers;

/** Where a customer lives decides the on-site service promise (city 2 h, county 6 h). */
public enum RegionType {
  CITY,
  COUNTY
}
