package org.storecrm.customers.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storecrm.customers.CustomerCardSection;
import org.storecrm.customers.MembershipStatus;
import org.storecrm.customers.Memberships;
import org.storecrm.platform.web.api.Texts;

/**
 * The card's membership section: the tier and its benefits, the spend and purchases in the rolling
 * window, the contact intensity, and what the next tier still needs.
 */
@ApplicationScoped
public class MembershipCardSection implements CustomerCardSection {
  @Inject Memberships memberships;
  @Inject java.time.Clock clock;

  @Override
  public int order() {
    return 50;
  }

  @Override
  public String id() {
    return "membership";
  }

  @Override
  public String title(Locale locale) {
    return text(locale, "tier.card.title");
  }

  @Override
  public List<Line> lines(long customerId, Locale locale) {
    MembershipStatus status = memberships.status(customerId);
    ZoneId zone = clock.getZone();
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(text(locale, "tier.card.tier", tierName(status.tier(), locale)), null));
    lines.add(new Line(text(locale, "tier.card.benefits", benefits(status.tier(), locale)), null));
    lines.add(
        new Line(
            text(
                locale,
                "tier.card.window",
                money(status.windowSpend(), locale),
                status.windowPurchases(),
                status.windowFrom().atZone(zone).toLocalDate().toString()),
            null));
    lines.add(
        new Line(
            status.contactDays() > 0
                ? text(locale, "tier.card.contact", status.contactDays())
                : text(locale, "tier.card.noContact"),
            null));
    lines.add(
        new Line(
            status.nextTier() == null
                ? text(locale, "tier.card.top")
                : text(
                    locale,
                    "tier.card.next",
                    tierName(status.nextTier(), locale),
                    money(status.spendToNext(), locale),
                    status.purchasesToNext()),
            null));
    return lines;
  }

  /** A tier's name in the viewer's language (the key itself for a tier the bundles lack). */
  static String tierName(String key, Locale locale) {
    return Texts.format(CustomersMenu.BUNDLE, "Tier." + key, locale);
  }

  static String benefits(String key, Locale locale) {
    String text = Texts.format(CustomersMenu.BUNDLE, "Tier.benefits." + key, locale);
    return text.equals("Tier.benefits." + key) ? "" : text;
  }

  private static String text(Locale locale, String key, Object... arguments) {
    return Texts.format(CustomersMenu.BUNDLE, key, locale, arguments);
  }

  private static String money(BigDecimal amount, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return "¥" + format.format(amount);
  }
}
