package org.storecrm.services.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storecrm.platform.MenuContribution;
import org.storecrm.platform.MenuItem;
import org.storecrm.platform.Role;

@ApplicationScoped
public class ServicesMenu implements MenuContribution {
  static final String BUNDLE = "org.storecrm.services.messages";

  @Override
  public List<MenuItem> menuItems() {
    List<MenuItem> items = new ArrayList<>();
    items.addAll(planItems());
    return items;
  }

  /** Service plans and the contracts they become. */
  private List<MenuItem> planItems() {
    return List.of(
        new MenuItem(
            BUNDLE,
            "menu.group.services",
            "menu.plans",
            400,
            "/services/plans.xhtml",
            "pi pi-verified",
            Set.of(Role.CONSULTANT, Role.MANAGER, Role.SERVICE, Role.ACCOUNT_MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.services",
            "menu.lookup",
            402,
            "/services/lookup.xhtml",
            "pi pi-search",
            Set.of(Role.CONSULTANT, Role.MANAGER, Role.SERVICE, Role.ACCOUNT_MANAGER, Role.ADMIN)));
  }
}
