package org.storecrm.sales;

/**
 * A product's role in the range: TRAFFIC (low price, limited quantity, staff steer the buyer to
 * another product), MAINSTREAM (matched to competitors), RESOURCE (best value, where profit is
 * made).
 */
public enum PricingRole {
  TRAFFIC,
  MAINSTREAM,
  RESOURCE
}
