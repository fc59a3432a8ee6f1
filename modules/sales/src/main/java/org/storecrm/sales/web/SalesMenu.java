package org.storecrm.sales.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.storecrm.platform.MenuContribution;
import org.storecrm.platform.MenuItem;
import org.storecrm.platform.Role;

@ApplicationScoped
public class SalesMenu implements MenuContribution {
  static final String BUNDLE = "org.storecrm.sales.messages";

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem(
            BUNDLE,
            "menu.group.sales",
            "menu.checkout",
            200,
            "/sales/checkout.xhtml",
            "pi pi-shopping-cart",
            Set.of(Role.CONSULTANT, Role.MANAGER, Role.SERVICE, Role.ACCOUNT_MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.sales",
            "menu.orders",
            210,
            "/sales/orders.xhtml",
            "pi pi-list",
            Set.of(Role.CONSULTANT, Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.sales",
            "menu.catalogue",
            220,
            "/sales/catalogue.xhtml",
            "pi pi-box",
            Set.of(Role.CONSULTANT, Role.MANAGER, Role.SERVICE, Role.ACCOUNT_MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.sales",
            "menu.pricingMix",
            230,
            "/sales/pricing-mix.xhtml",
            "pi pi-chart-bar",
            Set.of(Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.sales",
            "menu.commission",
            240,
            "/sales/commission.xhtml",
            "pi pi-wallet",
            Set.of(Role.CONSULTANT, Role.MANAGER, Role.SERVICE, Role.ACCOUNT_MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.sales",
            "menu.opportunities",
            245,
            "/sales/opportunities.xhtml",
            "pi pi-briefcase",
            Set.of(Role.CONSULTANT, Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.sales",
            "menu.funnel",
            250,
            "/sales/funnel.xhtml",
            "pi pi-filter",
            Set.of(Role.CONSULTANT, Role.MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.salesReports",
            "menu.targets",
            260,
            "/sales/targets.xhtml",
            "pi pi-flag",
            Set.of(Role.MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.salesReports",
            "menu.targetActual",
            270,
            "/sales/target-actual.xhtml",
            "pi pi-chart-bar",
            Set.of(Role.MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.salesReports",
            "menu.retention",
            285,
            "/sales/retention.xhtml",
            "pi pi-replay",
            Set.of(Role.MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.salesReports",
            "menu.dailyActivity",
            280,
            "/sales/daily.xhtml",
            "pi pi-calendar",
            Set.of(Role.MANAGER)),
        new MenuItem(
            BUNDLE,
            "menu.group.salesReports",
            "menu.performance",
            290,
            "/sales/performance.xhtml",
            "pi pi-users",
            Set.of(Role.MANAGER)));
  }
}
