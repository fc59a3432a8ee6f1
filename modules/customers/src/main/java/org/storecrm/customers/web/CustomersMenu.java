package org.storecrm.customers.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.storecrm.platform.MenuContribution;
import org.storecrm.platform.MenuItem;
import org.storecrm.platform.Role;

@ApplicationScoped
public class CustomersMenu implements MenuContribution {
  static final String BUNDLE = "org.storecrm.customers.messages";
  private static final Set<Role> STORE_STAFF =
      Set.of(Role.CONSULTANT, Role.MANAGER, Role.SERVICE, Role.ACCOUNT_MANAGER, Role.ADMIN);

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.register",
            100,
            "/customers/register.xhtml",
            "pi pi-user-plus",
            Set.of(Role.CONSULTANT, Role.MANAGER, Role.SERVICE, Role.ACCOUNT_MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.customers",
            110,
            "/customers/list.xhtml",
            "pi pi-search",
            STORE_STAFF),
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.followUps",
            120,
            "/customers/follow-ups.xhtml",
            "pi pi-calendar",
            Set.of(Role.CONSULTANT, Role.MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.complaints",
            125,
            "/customers/complaints.xhtml",
            "pi pi-exclamation-triangle",
            Set.of(Role.CONSULTANT, Role.SERVICE, Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.team",
            130,
            "/customers/team.xhtml",
            "pi pi-users",
            Set.of(Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.registers",
            140,
            "/customers/registers.xhtml",
            "pi pi-chart-bar",
            Set.of(Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.lostSales",
            145,
            "/customers/lost-sales.xhtml",
            "pi pi-chart-pie",
            Set.of(Role.MANAGER, Role.ADMIN)),
        // Issue 15: the phone-in checklist and the manager's satisfaction screen.
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.phoneIn",
            122,
            "/customers/phone-in.xhtml",
            "pi pi-phone",
            Set.of(Role.CONSULTANT, Role.MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.satisfaction",
            147,
            "/customers/satisfaction.xhtml",
            "pi pi-star",
            Set.of(Role.MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.value",
            150,
            "/customers/value.xhtml",
            "pi pi-chart-line",
            Set.of(Role.MANAGER, Role.ADMIN)),
        // Membership tiers (issue 15)
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.tiers",
            155,
            "/customers/tiers.xhtml",
            "pi pi-star",
            Set.of(Role.MANAGER, Role.ADMIN)),
        // Issue 15: the referral report and the holiday table.
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.referrals",
            155,
            "/customers/referrals.xhtml",
            "pi pi-share-alt",
            Set.of(Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.holidays",
            185,
            "/customers/holidays.xhtml",
            "pi pi-calendar-plus",
            Set.of(Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.customers",
            "menu.sweep",
            190,
            "/customers/sweep.xhtml",
            "pi pi-sync",
            Set.of(Role.ADMIN)));
  }
}
