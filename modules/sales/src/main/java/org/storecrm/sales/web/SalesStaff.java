package org.storecrm.sales.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserFilter;

/**
 * The names of the sellers a screen may show and pick: a manager's (or head office's) sales staff,
 * or just the consultant themselves (consultants may not read the staff list).
 */
final class SalesStaff {
  private SalesStaff() {}

  /**
   * Active consultants of the caller's store by id, in name order; a consultant only themselves.
   */
  static Map<Long, String> consultants(StaffDirectory staff, CurrentUser user) {
    Map<Long, String> names = new LinkedHashMap<>();
    if (user.hasRole(Role.CONSULTANT)) {
      staff.findByUsername(user.username()).ifPresent(u -> names.put(u.id(), u.fullName()));
      return names;
    }
    staff
        .find(
            new UserFilter(null, Role.CONSULTANT, null, true),
            new PageRequest(0, PageRequest.MAX_SIZE, "fullName", true))
        .items()
        .forEach(u -> names.put(u.id(), u.fullName()));
    return names;
  }

  /**
   * Everyone of the caller's store who may hold an opportunity (consultants and managers, active or
   * not), to name the holders in a list; a consultant only themselves.
   */
  static Map<Long, String> holders(StaffDirectory staff, CurrentUser user) {
    if (user.hasRole(Role.CONSULTANT)) {
      return consultants(staff, user);
    }
    Map<Long, String> names = new LinkedHashMap<>();
    for (Role role : new Role[] {Role.CONSULTANT, Role.MANAGER}) {
      staff
          .find(
              new UserFilter(null, role, null, null),
              new PageRequest(0, PageRequest.MAX_SIZE, "fullName", true))
          .items()
          .forEach(u -> names.put(u.id(), u.fullName()));
    }
    return names;
  }
}
