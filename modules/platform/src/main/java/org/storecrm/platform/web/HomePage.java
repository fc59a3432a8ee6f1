package org.storecrm.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.UserFilter;

/** The landing page; what it shows depends on the role. */
@Named
@RequestScoped
public class HomePage {
  @Inject CurrentUser user;
  @Inject StoreDirectory stores;
  @Inject StaffDirectory staff;
  @Inject Texts texts;

  public String getGreeting() {
    return texts.get("home.intro." + user.role().map(Role::name).orElse("ADMIN"));
  }

  public boolean isAdmin() {
    return user.hasRole(Role.ADMIN);
  }

  public boolean isManager() {
    return user.hasRole(Role.MANAGER);
  }

  public long getStoreCount() {
    return stores.find(null, PageRequest.first(1)).total();
  }

  /** Active staff the caller may see: the whole chain for admins, the own store for managers. */
  public long getActiveStaffCount() {
    return staff.find(new UserFilter(null, null, null, true), PageRequest.first(1)).total();
  }
}
