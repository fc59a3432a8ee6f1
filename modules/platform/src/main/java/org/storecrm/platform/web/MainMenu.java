package org.storecrm.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.MenuContribution;
import org.storecrm.platform.MenuItem;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.Texts;

/** The main menu: every module's contributions that the user's role may use, grouped. */
@Named
@RequestScoped
public class MainMenu {
  @Inject Instance<MenuContribution> contributions;
  @Inject CurrentUser user;
  @Inject Texts texts;

  private MenuModel model;
  private List<MenuItem> items;

  public MenuModel getModel() {
    if (model == null) {
      model = new DefaultMenuModel();
      Map<String, DefaultSubMenu> groups = new LinkedHashMap<>();
      for (MenuItem item : getItems()) {
        DefaultSubMenu group =
            groups.computeIfAbsent(
                item.group(),
                key ->
                    DefaultSubMenu.builder()
                        .id("menu-" + key.replace('.', '-'))
                        .label(texts.fromBundle(item.bundle(), key))
                        .expanded(true)
                        .build());
        group
            .getElements()
            .add(
                DefaultMenuItem.builder()
                    .id("menu-" + item.outcome().replaceAll("[^A-Za-z0-9]", "-"))
                    .value(texts.fromBundle(item.bundle(), item.label()))
                    .icon(item.icon())
                    .outcome(item.outcome())
                    .build());
      }
      groups.values().forEach(model.getElements()::add);
    }
    return model;
  }

  /** The entries this user sees, in menu order; the home page lists them as shortcuts too. */
  public List<MenuItem> getItems() {
    if (items == null) {
      Role role = user.role().orElse(null);
      items = new ArrayList<>();
      if (role != null) {
        contributions.forEach(
            contribution ->
                contribution.menuItems().stream()
                    .filter(item -> item.visibleTo(role))
                    .forEach(items::add));
      }
      items.sort(Comparator.comparingInt(MenuItem::order));
    }
    return items;
  }

  public String label(MenuItem item) {
    return texts.fromBundle(item.bundle(), item.label());
  }
}
