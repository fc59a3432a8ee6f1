package org.storecrm.customers;

/**
 * Filters of the complaints list; null fields do not filter. {@code overdue} true: unresolved and
 * past the deadline; false: everything else.
 */
public record ComplaintFilter(ComplaintStatus status, Boolean overdue, Long customerId) {
  public static ComplaintFilter none() {
    return new ComplaintFilter(null, null, null);
  }
}
