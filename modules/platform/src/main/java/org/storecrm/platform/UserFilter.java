package org.storecrm.platform;

/** Filters of the staff list; null fields do not filter. */
public record UserFilter(String text, Role role, Long storeId, Boolean active) {
  public static UserFilter none() {
    return new UserFilter(null, null, null, null);
  }
}
