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
    items.addAll(requestItems());
    return List.copyOf(items);
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

  /** Service requests: registration, the dispatch board, the technician's jobs, the SLA job. */
  private List<MenuItem> requestItems() {
    return List.of(
        new MenuItem(
            BUNDLE,
            "menu.group.services",
            "menu.requestRegister",
            405,
            "/services/register.xhtml",
            "pi pi-wrench",
            Set.of(Role.CONSULTANT, Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.services",
            "menu.dispatchBoard",
            410,
            "/services/board.xhtml",
            "pi pi-send",
            Set.of(Role.MANAGER, Role.ADMIN)),
        new MenuItem(
            BUNDLE,
            "menu.group.services",
            "menu.myJobs",
            420,
            "/services/my-jobs.xhtml",
            "pi pi-briefcase",
            Set.of(Role.SERVICE)),
        new MenuItem(
            BUNDLE,
            "menu.group.services",
            "menu.slaJob",
            490,
            "/services/sla-job.xhtml",
            "pi pi-clock",
            Set.of(Role.ADMIN)));
  }
}
