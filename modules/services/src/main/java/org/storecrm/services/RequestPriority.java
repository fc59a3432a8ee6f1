package org.storecrm.services;

/**
 * A request's place in the dispatch queue: key accounts first, then other business clients, then
 * everyone else; within a priority the earlier deadline comes first.
 */
public enum RequestPriority {
  KEY_ACCOUNT,
  BUSINESS,
  STANDARD;

  /** The rank the queue is sorted by (0 first). */
  public int rank() {
    return ordinal();
  }
}
