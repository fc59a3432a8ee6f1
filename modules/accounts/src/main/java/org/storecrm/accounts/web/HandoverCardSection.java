package org.storecrm.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.storecrm.accounts.Handovers;
import org.storecrm.customers.CustomerCardSection;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerType;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.Texts;

/**
 * On a company customer's card, store staff hand the buyer to an account manager (a link to the
 * handover form), or see whose queue the buyer is already in. Through the customers module's card
 * SPI, because customers sits below accounts.
 */
@ApplicationScoped
public class HandoverCardSection implements CustomerCardSection {
  @Inject Handovers handovers;
  @Inject CustomerDirectory customers;
  @Inject CurrentUser user;

  @Override
  public int order() {
    return 500;
  }

  @Override
  public String id() {
    return "account-handover";
  }

  @Override
  public String title(Locale locale) {
    return Texts.format(AccountsMenu.BUNDLE, "walkin.cardTitle", locale);
  }

  @Override
  public List<Line> lines(long customerId, Locale locale) {
    // Technicians see the card too, but do not hand buyers over.
    if (user.hasRole(Role.SERVICE) || customers.get(customerId).type() != CustomerType.COMPANY) {
      return List.of();
    }
    return handovers
        .openFor(customerId)
        .map(
            h ->
                List.of(
                    new Line(
                        Texts.format(
                            AccountsMenu.BUNDLE,
                            "walkin.cardOpen",
                            locale,
                            h.accountManagerName(),
                            h.handedOverAt().toString().substring(0, 10)),
                        null)))
        .orElseGet(
            () ->
                List.of(
                    new Line(
                        Texts.format(AccountsMenu.BUNDLE, "walkin.cardAction", locale),
                        "/accounts/handover.xhtml?customer=" + customerId)));
  }
}
