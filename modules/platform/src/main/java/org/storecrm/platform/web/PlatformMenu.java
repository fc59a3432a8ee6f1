package org.storecrm.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.storecrm.platform.MenuContribution;
import org.storecrm.platform.MenuItem;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.Texts;

/** The platform's own screens: administration and the user's account. */
@ApplicationScoped
public class PlatformMenu implements MenuContribution {
  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

  @Override
  public List<MenuItem> menuItems() {
    String bundle = Texts.PLATFORM_BUNDLE;
    return List.of(
        new MenuItem(
            bundle, "menu.group.home", "menu.home", 0, "/index.xhtml", "pi pi-home", EVERYONE),
        new MenuItem(
            bundle,
            "menu.group.admin",
            "menu.stores",
            900,
            "/admin/stores.xhtml",
            "pi pi-building",
            Set.of(Role.ADMIN)),
        new MenuItem(
            bundle,
            "menu.group.admin",
            "menu.users",
            910,
            "/admin/users.xhtml",
            "pi pi-users",
            Set.of(Role.ADMIN, Role.MANAGER)),
        new MenuItem(
            bundle,
            "menu.group.admin",
            "menu.audit",
            920,
            "/admin/audit.xhtml",
            "pi pi-history",
            Set.of(Role.ADMIN)),
        new MenuItem(
            bundle,
            "menu.group.admin",
            "menu.loginLocks",
            930,
            "/admin/login-locks.xhtml",
            "pi pi-lock",
            Set.of(Role.ADMIN)),
        new MenuItem(
            bundle,
            "menu.group.account",
            "menu.password",
            990,
            "/account/password.xhtml",
            "pi pi-key",
            EVERYONE),
        new MenuItem(
            bundle,
            "menu.group.account",
            "menu.notices",
            980,
            "/notices.xhtml",
            "pi pi-bell",
            EVERYONE));
  }
}
