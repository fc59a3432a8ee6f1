package org.storecrm.platform;

import java.util.Set;

/**
 * One entry of the main menu. Labels are keys of the contributing module's message bundle ({@code
 * bundle} is its base name), so each module brings its own English and Chinese text.
 *
 * @param group key of the menu group the entry sits in (also resolved in {@code bundle})
 * @param order position within the whole menu; groups are ordered by their first entry
 * @param outcome the view id the entry opens, e.g. {@code /admin/users.xhtml}
 * @param icon a PrimeIcons class such as {@code pi pi-users}
 * @param roles the roles that see the entry
 */
public record MenuItem(
    String bundle,
    String group,
    String label,
    int order,
    String outcome,
    String icon,
    Set<Role> roles) {
  public MenuItem {
    roles = Set.copyOf(roles);
  }

  public boolean visibleTo(Role role) {
    return roles.contains(role);
  }
}
