package org.storecrm.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.storecrm.platform.MenuContribution;
import org.storecrm.platform.MenuItem;
import org.storecrm.platform.Role;

@ApplicationScoped
public class AccountsMenu implements MenuContribution {
  static final String BUNDLE = "org.storecrm.accounts.messages";

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem(
            BUNDLE,
            "menu.group.accounts",
            "menu.accounts",
            600,
            "/accounts/accounts.xhtml",
            "pi pi-building",
            Set.of(Role.ACCOUNT_MANAGER, Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.accounts",
            "menu.visitPlan",
            605,
            "/accounts/visit-plan.xhtml",
            "pi pi-calendar",
            Set.of(Role.ACCOUNT_MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.accounts",
            "menu.visitProgress",
            606,
            "/accounts/visit-progress.xhtml",
            "pi pi-chart-line",
            Set.of(Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.accounts",
            "menu.handovers",
            607,
            "/accounts/handovers.xhtml",
            "pi pi-inbox",
            Set.of(Role.ACCOUNT_MANAGER, Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.accounts",
            "menu.aging",
            610,
            "/accounts/aging.xhtml",
            "pi pi-chart-bar",
            Set.of(Role.ACCOUNT_MANAGER, Role.MANAGER, Role.ADMIN)));
  }
}
