package org.storecrm.platform;

/** What a staff member does; each user holds exactly one. */
public enum Role {
  CONSULTANT,
  MANAGER,
  SERVICE,
  ACCOUNT_MANAGER,
  ADMIN;

  /** Head-office administrators are not tied to one store and see every store. */
  public boolean spansAllStores() {
    return this == ADMIN;
  }
}
