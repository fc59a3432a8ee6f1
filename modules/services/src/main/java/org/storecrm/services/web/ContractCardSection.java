package org.storecrm.services.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.storecrm.customers.CustomerCardSection;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.services.ContractFilter;
import org.storecrm.services.ContractView;
import org.storecrm.services.ServiceContracts;

/** The customer card lists the customer's service contracts, each linked to its device's lookup. */
@ApplicationScoped
public class ContractCardSection implements CustomerCardSection {
  private static final int SHOWN = 20;

  @Inject ServiceContracts contracts;

  @Override
  public int order() {
    return 400;
  }

  @Override
  public String id() {
    return "service-contracts";
  }

  @Override
  public String title(Locale locale) {
    return Texts.format(ServicesMenu.BUNDLE, "card.contracts", locale);
  }

  @Override
  public List<Line> lines(long customerId, Locale locale) {
    boolean chinese = "zh".equals(locale.getLanguage());
    return contracts
        .find(new ContractFilter(null, customerId, null), PageRequest.first(SHOWN))
        .items()
        .stream()
        .map(c -> new Line(text(c, locale, chinese), link(c)))
        .toList();
  }

  private static String text(ContractView c, Locale locale, boolean chinese) {
    String state =
        c.active()
            ? Texts.format(ServicesMenu.BUNDLE, "contract.active", locale)
            : Texts.format(ServicesMenu.BUNDLE, "ContractStatus." + c.status(), locale);
    return Texts.format(
        ServicesMenu.BUNDLE,
        "card.contractLine",
        locale,
        c.planNameIn(chinese),
        c.serial(),
        c.start().toString(),
        c.end() == null
            ? Texts.format(ServicesMenu.BUNDLE, "plans.lifetime", locale)
            : c.end().toString(),
        state);
  }

  private static String link(ContractView c) {
    return "/services/lookup.xhtml?serial=" + URLEncoder.encode(c.serial(), StandardCharsets.UTF_8);
  }
}
