package org.storecrm.platform;

/** Role names as used in {@code @RolesAllowed}; {@link Role} is the same set as data. */
public final class Roles {
  public static final String CONSULTANT = "CONSULTANT";
  public static final String MANAGER = "MANAGER";
  public static final String SERVICE = "SERVICE";
  public static final String ACCOUNT_MANAGER = "ACCOUNT_MANAGER";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
