package org.storecrm.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.HomeCard;
import org.storecrm.platform.HomeCardContribution;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.web.api.Texts;

/** The platform's cards: the chain's stores for administrators, the active staff for managers. */
@RequestScoped
public class PlatformHomeCards implements HomeCardContribution {
  @Inject CurrentUser user;
  @Inject StoreDirectory stores;
  @Inject StaffDirectory staff;

  @Override
  public Set<Role> roles() {
    return Set.of(Role.ADMIN, Role.MANAGER);
  }

  @Override
  public List<HomeCard> cards() {
    List<HomeCard> cards = new ArrayList<>();
    if (user.hasRole(Role.ADMIN)) {
      long count = stores.find(null, PageRequest.first(1)).total();
      cards.add(card("card-stores", "home.stores", 10, count, "/admin/stores.xhtml"));
    }
    // Active staff the caller may see: the whole chain for admins, the own store for managers.
    long active = staff.find(new UserFilter(null, null, null, true), PageRequest.first(1)).total();
    cards.add(card("card-staff", "home.activeStaff", 20, active, "/admin/users.xhtml"));
    return cards;
  }

  private static HomeCard card(String id, String title, int order, long figure, String outcome) {
    return new HomeCard(
        id, Texts.PLATFORM_BUNDLE, title, order, String.valueOf(figure), List.of(), outcome);
  }
}
