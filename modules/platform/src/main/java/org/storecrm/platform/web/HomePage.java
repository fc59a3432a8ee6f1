package org.storecrm.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.HomeCard;
import org.storecrm.platform.HomeCardContribution;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.Texts;

/** The landing page: a greeting for the role and the cards every module has for this user. */
@Named
@RequestScoped
public class HomePage {
  @Inject CurrentUser user;
  @Inject Instance<HomeCardContribution> contributions;
  @Inject Texts texts;

  private List<HomeCard> cards;

  public String getGreeting() {
    return texts.get("home.intro." + user.role().map(Role::name).orElse("ADMIN"));
  }

  /** The cards of every contribution meant for the user's role, in card order. */
  public List<HomeCard> getCards() {
    if (cards == null) {
      Role role = user.role().orElse(null);
      cards = new ArrayList<>();
      if (role != null) {
        for (HomeCardContribution contribution : contributions) {
          if (contribution.roles().contains(role)) {
            cards.addAll(contribution.cards());
          }
        }
      }
      cards.sort(Comparator.comparingInt(HomeCard::order));
    }
    return cards;
  }

  public String title(HomeCard card) {
    return texts.fromBundle(card.bundle(), card.title());
  }
}
