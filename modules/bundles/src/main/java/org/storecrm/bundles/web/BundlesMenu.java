package org.storecrm.bundles.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.storecrm.platform.MenuContribution;
import org.storecrm.platform.MenuItem;
import org.storecrm.platform.Role;

@ApplicationScoped
public class BundlesMenu implements MenuContribution {
  static final String BUNDLE = "org.storecrm.bundles.messages";

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem(
            BUNDLE,
            "menu.group.bundles",
            "menu.checklists",
            300,
            "/bundles/checklists.xhtml",
            "pi pi-check-square",
            Set.of(Role.CONSULTANT, Role.MANAGER, Role.SERVICE, Role.ACCOUNT_MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.bundles",
            "menu.packs",
            305,
            "/bundles/packs.xhtml",
            "pi pi-gift",
            Set.of(Role.CONSULTANT, Role.MANAGER, Role.SERVICE, Role.ACCOUNT_MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.bundles",
            "menu.attach",
            310,
            "/bundles/attach.xhtml",
            "pi pi-chart-line",
            Set.of(Role.MANAGER, Role.ADMIN)));
  }
}
